using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>Registers and maps the organization routes of the emulator: nodes, node pools, departments, projects.</summary>
public static class OrganizationArea
{
    public static IServiceCollection AddOrganizationArea(this IServiceCollection services)
    {
        services.AddSingleton<OrganizationClusters>();
        services.AddSingleton<NodePoolStore>();
        services.AddSingleton<NodeStore>();
        services.AddSingleton<OrgUnitStore>();
        services.AddSingleton<OrgUnitUsage>();
        services.AddSingleton<OrganizationJson>();
        services.AddSingleton<IProjectDirectory>(sp => sp.GetRequiredService<OrgUnitStore>());
        // Reset order matters: org units are seeded from node pools and nodes.
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<NodePoolStore>());
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<NodeStore>());
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<OrgUnitStore>());
        return services;
    }

    public static WebApplication MapOrganizationArea(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        NodeEndpoints.Map(api);
        NodePoolEndpoints.Map(api);
        DepartmentEndpoints.Map(api);
        ProjectEndpoints.Map(api);
        return app;
    }
}
