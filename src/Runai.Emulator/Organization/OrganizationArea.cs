using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>Registers and maps the organization routes of the emulator: nodes, node pools, departments, projects.</summary>
public static class OrganizationArea
{
    public static IServiceCollection AddOrganizationArea(this IServiceCollection services)
    {
        services.AddSingleton<OrganizationClusters>();
        services.AddSingleton<NodePoolRules>();
        services.AddSingleton(sp => NodePoolCollection.CreateStore(sp.GetRequiredService<OrganizationClusters>(), sp.GetRequiredService<NodePoolRules>()));
        services.AddSingleton(sp => NodeCollection.CreateStore(sp.GetRequiredService<OrganizationClusters>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<OrgUnitTree>();
        services.AddSingleton<OrgUnitRules>();
        services.AddSingleton<OrgUnitUsage>();
        services.AddSingleton<OrgUnitJson>();
        services.AddSingleton<IProjectDirectory>(sp => sp.GetRequiredService<OrgUnitTree>());
        // Reset order matters: org units are seeded from node pools and nodes.
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<CollectionStore<NodePoolRecord>>());
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<CollectionStore<NodeRecord>>());
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<OrgUnitTree>());
        return services;
    }

    public static WebApplication MapOrganizationArea(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        NodeCollection.Map(api, app.Services);
        NodePoolCollection.Map(api, app.Services);
        DepartmentCollection.Map(api, app.Services);
        ProjectCollection.Map(api, app.Services);
        LegacyNodePoolRoutes.Map(app, app.Services);
        return app;
    }
}
