namespace Runai.Emulator.Organization;

/// <summary>Registers and maps the organization routes of the emulator.</summary>
public static class OrganizationArea
{
    public static IServiceCollection AddOrganizationArea(this IServiceCollection services) => services;

    public static WebApplication MapOrganizationArea(this WebApplication app) => app;
}
