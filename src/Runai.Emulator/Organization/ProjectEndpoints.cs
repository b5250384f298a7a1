using Runai.Emulator.Collections;
using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary><c>/api/v1/org-unit/projects</c>: list, count, create, get, PUT, delete, and resources PUT/PATCH.</summary>
public static class ProjectEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/org-unit/projects", (HttpRequest request, OrgUnitStore units, NodePoolStore pools, OrgUnitUsage usage, OrganizationJson json) =>
        {
            var query = ListQuery<OrgUnitRecord>.Parse(request, ListFields.Projects(pools, units, usage));
            var matching = query.Apply(units.Projects());
            return Results.Json(query.PageBody(matching, "projects", p => json.Project(p), withNext: true));
        });
        api.MapGet("/org-unit/projects/count", (HttpRequest request, OrgUnitStore units, NodePoolStore pools, OrgUnitUsage usage) =>
            NodeEndpoints.Count(ListQuery<OrgUnitRecord>.Parse(request, ListFields.Projects(pools, units, usage)).Apply(units.Projects()).Count));
        api.MapPost("/org-unit/projects", async (HttpRequest request, OrgUnitStore units, OrganizationJson json) =>
            Results.Json(json.Project(units.CreateProject(await JsonBody.ReadObjectAsync(request))), statusCode: 201));
        api.MapGet("/org-unit/projects/{projectId}", (string projectId, OrgUnitStore units, OrganizationJson json) =>
            Results.Json(json.Project(units.GetProject(projectId))));
        api.MapPut("/org-unit/projects/{projectId}", async (string projectId, HttpRequest request, OrgUnitStore units, OrganizationJson json) =>
        {
            var project = units.GetProject(projectId);
            return Results.Json(json.Project(units.Update(project, await JsonBody.ReadObjectAsync(request))));
        });
        api.MapDelete("/org-unit/projects/{projectId}", (string projectId, OrgUnitStore units) =>
        {
            units.DeleteProject(projectId);
            return Results.NoContent();
        });
        api.MapPut("/org-unit/projects/{projectId}/resources", (string projectId, HttpRequest request, OrgUnitStore units, OrganizationJson json) =>
            DepartmentEndpoints.UpdateResources(units.GetProject(projectId), request, units, json, replace: true));
        api.MapPatch("/org-unit/projects/{projectId}/resources", (string projectId, HttpRequest request, OrgUnitStore units, OrganizationJson json) =>
            DepartmentEndpoints.UpdateResources(units.GetProject(projectId), request, units, json, replace: false));
    }
}
