namespace Runai.Emulator.Admin;

/// <summary>Registers and maps the admin routes of the emulator.</summary>
public static class AdminArea
{
    public static IServiceCollection AddAdminArea(this IServiceCollection services) => services;

    public static WebApplication UseAdminArea(this WebApplication app) => app;
    public static WebApplication MapAdminArea(this WebApplication app) => app;
}
