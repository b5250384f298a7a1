using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Workloads;

namespace Runai.Emulator.Templates;

/// <summary>
/// The workload template routes (<c>/api/v1/workload-templates/{kind}</c>) from one declaration per kind: paged
/// <c>entries</c> lists with filterBy, create answering 202, PUT 200 (none for inference templates), delete 204; and
/// the list, get and count of every kind at once (<c>/api/v1/workload-templates</c>), and whether a name is free in a
/// scope (taken when a template of any kind has it there).
/// </summary>
public static class TemplateCollection
{
    private static readonly Dictionary<string, Func<TemplateRecord, object?>> Fields = new()
    {
        ["name"] = t => t.Name,
        ["workloadType"] = t => t.Kind.ToString(),
        ["scopeType"] = t => t.ScopeType,
        ["clusterId"] = t => t.ClusterId,
        ["projectId"] = t => t.ProjectId,
        ["departmentId"] = t => t.DepartmentId,
        ["createdAt"] = t => t.CreatedAt,
        ["updatedAt"] = t => t.UpdatedAt,
    };

    public static void Map(IEndpointRouteBuilder api, IServiceProvider services)
    {
        var stores = services.GetRequiredService<TemplateStores>();
        var rules = services.GetRequiredService<TemplateRules>();
        foreach (var kind in WorkloadKinds.All)
        {
            CollectionRoutes.Map(api, new Collection<TemplateRecord>
            {
                Route = "/workload-templates/" + kind.RouteSegment(),
                IdParameter = "templateId",
                Envelope = "entries",
                Store = stores.ByKind[kind],
                Fields = Fields,
                HasCount = false,
                Render = Render,
                Create = (body, id) => rules.Create(kind, body, id),
                CreateStatus = StatusCodes.Status202Accepted,
                Replace = kind == WorkloadKind.Inference ? null : rules.Replace,
                Delete = _ => { },
            });
        }
        api.MapGet("/workload-templates", (HttpRequest request) =>
        {
            var query = ListQuery<TemplateRecord>.Parse(request, Fields);
            var body = query.PageBody(query.Apply(stores.All()), "entries", Render, withNext: false);
            body["pagination"] = new JsonObject { ["offset"] = query.Offset, ["limit"] = query.Limit };
            return Results.Json(body);
        });
        api.MapGet("/workload-templates/count", (HttpRequest request) =>
            Results.Json(ListQuery<TemplateRecord>.CountBody(ListQuery<TemplateRecord>.Parse(request, Fields).Apply(stores.All()).Count)));
        api.MapGet("/workload-templates/name-availability", (HttpRequest request) =>
        {
            var name = request.Query["templateName"].ToString();
            var scopeType = request.Query["scopeType"].ToString();
            var scopeId = scopeType == "tenant" ? EmulatorTenant.Id.ToString(CultureInfo.InvariantCulture) : request.Query["scopeId"].ToString();
            if (WorkloadKinds.All.Any(k => stores.ByKind[k].IsNameTaken($"{scopeType}:{scopeId}", name)))
                throw ApiProblem.Conflict($"A workload template named '{name}' already exists in {scopeType} '{scopeId}'.");
            return Results.NoContent();
        });
        api.MapGet("/workload-templates/{templateId}", (string templateId) =>
            stores.Find(templateId) is { } template ? Results.Json(Render(template)) : throw ApiProblem.NotFound($"Template '{templateId}' was not found."));
    }

    /// <summary>The contract's template: <c>{ meta, spec, runnable }</c>; it is runnable when it names an image.</summary>
    public static JsonObject Render(TemplateRecord template)
    {
        var meta = new JsonObject
        {
            ["id"] = template.Id, ["name"] = template.Name, ["description"] = template.Description, ["workloadType"] = template.Kind.ToString(),
            ["scopeType"] = template.ScopeType, ["scopeId"] = template.ScopeId, ["clusterId"] = template.ClusterId,
            ["departmentId"] = template.DepartmentId, ["projectId"] = template.ProjectId, ["createdBy"] = EmulatorTenant.Actor,
            ["createdAt"] = JsonBody.Timestamp(template.CreatedAt), ["updatedBy"] = EmulatorTenant.Actor, ["updatedAt"] = JsonBody.Timestamp(template.UpdatedAt),
        };
        var runnable = template.Spec["image"] is not null;
        return new JsonObject
        {
            ["meta"] = meta.WithoutNulls(),
            ["spec"] = template.Spec.DeepClone(),
            ["runnable"] = new JsonObject { ["isRunnable"] = runnable, ["issue"] = runnable ? null : "The template names no image." },
        };
    }
}
