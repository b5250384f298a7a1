namespace Runai.Emulator.Auth;

/// <summary>Registers and maps the auth routes of the emulator.</summary>
public static class AuthArea
{
    public static IServiceCollection AddAuthArea(this IServiceCollection services) => services;

    public static WebApplication UseAuthArea(this WebApplication app) => app;
    public static WebApplication MapAuthArea(this WebApplication app) => app;
}
