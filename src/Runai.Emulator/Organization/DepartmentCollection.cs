using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary><c>/api/v1/org-unit/departments</c>: list, count, create, get, PUT, delete, and resources PUT/PATCH.</summary>
public static class DepartmentCollection
{
    private static readonly string[] Verbosities = ["meta", "brief", "verbose"];

    public static void Map(IEndpointRouteBuilder api, IServiceProvider services)
    {
        var tree = services.GetRequiredService<OrgUnitTree>();
        var rules = services.GetRequiredService<OrgUnitRules>();
        var json = services.GetRequiredService<OrgUnitJson>();
        var departments = new Collection<OrgUnitRecord>
        {
            Route = "/org-unit/departments",
            IdParameter = "departmentId",
            Envelope = "departments",
            PagesHaveNext = true,
            Store = tree.Departments,
            Fields = OrgUnitFields.Departments(services.GetRequiredService<CollectionStore<NodePoolRecord>>(), services.GetRequiredService<OrgUnitUsage>()),
            Render = json.Department,
            CheckListParameters = query =>
            {
                if (query.TryGetValue("verbosity", out var verbosity) && !Verbosities.Contains(verbosity.ToString()))
                    throw ApiProblem.BadRequest($"verbosity must be one of {string.Join(", ", Verbosities)}.");
            },
            Create = rules.CreateDepartment,
            Replace = rules.Replace,
            Delete = rules.RefuseDepartmentWithProjects,
        };
        CollectionRoutes.Map(api, departments);
        OrgUnitResourceRoutes.Map(api, departments, rules);
    }
}
