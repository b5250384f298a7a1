using Runai.Emulator.Collections;

namespace Runai.Emulator.Organization;

/// <summary><c>/api/v1/org-unit/projects</c>: list, count, create, get, PUT, delete, and resources PUT/PATCH.</summary>
public static class ProjectCollection
{
    public static void Map(IEndpointRouteBuilder api, IServiceProvider services)
    {
        var tree = services.GetRequiredService<OrgUnitTree>();
        var rules = services.GetRequiredService<OrgUnitRules>();
        var projects = new Collection<OrgUnitRecord>
        {
            Route = "/org-unit/projects",
            IdParameter = "projectId",
            Envelope = "projects",
            PagesHaveNext = true,
            Store = tree.Projects,
            Fields = OrgUnitFields.Projects(services.GetRequiredService<CollectionStore<NodePoolRecord>>(), tree, services.GetRequiredService<OrgUnitUsage>()),
            Render = services.GetRequiredService<OrgUnitJson>().Project,
            Create = rules.CreateProject,
            Replace = rules.Replace,
            Delete = _ => { },
        };
        CollectionRoutes.Map(api, projects);
        OrgUnitResourceRoutes.Map(api, projects, rules);
    }
}
