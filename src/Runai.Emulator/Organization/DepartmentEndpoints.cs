using Runai.Emulator.Collections;
using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary><c>/api/v1/org-unit/departments</c>: list, count, create, get, PUT, delete, and resources PUT/PATCH.</summary>
public static class DepartmentEndpoints
{
    private static readonly string[] Verbosities = ["meta", "brief", "verbose"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/org-unit/departments", (HttpRequest request, OrgUnitStore units, NodePoolStore pools, OrgUnitUsage usage, OrganizationJson json) =>
        {
            if (request.Query.TryGetValue("verbosity", out var verbosity) && !Verbosities.Contains(verbosity.ToString()))
                throw ApiProblem.BadRequest($"verbosity must be one of {string.Join(", ", Verbosities)}.");
            var query = ListQuery<OrgUnitRecord>.Parse(request, ListFields.Departments(pools, usage));
            var matching = query.Apply(units.Departments());
            return Results.Json(query.PageBody(matching, "departments", d => json.Department(d), withNext: true));
        });
        api.MapGet("/org-unit/departments/count", (HttpRequest request, OrgUnitStore units, NodePoolStore pools, OrgUnitUsage usage) =>
            NodeEndpoints.Count(ListQuery<OrgUnitRecord>.Parse(request, ListFields.Departments(pools, usage)).Apply(units.Departments()).Count));
        api.MapPost("/org-unit/departments", async (HttpRequest request, OrgUnitStore units, OrganizationJson json) =>
            Results.Json(json.Department(units.CreateDepartment(await JsonBody.ReadObjectAsync(request))), statusCode: 201));
        api.MapGet("/org-unit/departments/{departmentId}", (string departmentId, OrgUnitStore units, OrganizationJson json) =>
            Results.Json(json.Department(units.GetDepartment(departmentId))));
        api.MapPut("/org-unit/departments/{departmentId}", async (string departmentId, HttpRequest request, OrgUnitStore units, OrganizationJson json) =>
        {
            var department = units.GetDepartment(departmentId);
            return Results.Json(json.Department(units.Update(department, await JsonBody.ReadObjectAsync(request))));
        });
        api.MapDelete("/org-unit/departments/{departmentId}", (string departmentId, OrgUnitStore units) =>
        {
            units.DeleteDepartment(departmentId);
            return Results.NoContent();
        });
        api.MapPut("/org-unit/departments/{departmentId}/resources", (string departmentId, HttpRequest request, OrgUnitStore units, OrganizationJson json) =>
            UpdateResources(units.GetDepartment(departmentId), request, units, json, replace: true));
        api.MapPatch("/org-unit/departments/{departmentId}/resources", (string departmentId, HttpRequest request, OrgUnitStore units, OrganizationJson json) =>
            UpdateResources(units.GetDepartment(departmentId), request, units, json, replace: false));
    }

    /// <summary>Shared by departments and projects: the answer is the unit's resulting <c>Resources</c> list.</summary>
    public static async Task<IResult> UpdateResources(OrgUnitRecord unit, HttpRequest request, OrgUnitStore units, OrganizationJson json, bool replace)
    {
        var items = await JsonBody.ReadArrayAsync(request);
        var updated = units.UpdateResources(unit, items, replace);
        var rendered = updated.IsProject ? json.Project(updated) : json.Department(updated);
        return Results.Json(rendered["resources"]!.DeepClone());
    }
}
