using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Organization;
using Runai.Emulator.Workloads;

namespace Runai.Emulator.Templates;

/// <summary>
/// What template writes must respect: a name, a scope (<c>scopeType</c>, <c>scopeId</c>) whose owner exists; a PUT
/// replaces the name, description and spec. A workload submitted with a <c>templateId</c> takes the template's spec
/// under its own (contract: <c>SubmitWithTemplateId</c>).
/// </summary>
public sealed class TemplateRules(OrganizationClusters clusters, OrgUnitTree orgUnits, TimeProvider time)
{
    public TemplateRecord Create(WorkloadKind kind, JsonObject body, string sequenceNumber)
    {
        var meta = body["meta"] as JsonObject ?? throw ApiProblem.BadRequest("'meta' is required.");
        var name = meta.GetString("name");
        if (string.IsNullOrWhiteSpace(name)) throw ApiProblem.BadRequest("'meta.name' is required.");
        var scopeType = meta.GetString("scopeType") ?? throw ApiProblem.BadRequest("'meta.scopeType' is required.");
        var scopeId = meta.GetString("scopeId");
        string? clusterId = null, departmentId = null;
        int? projectId = null;
        switch (scopeType)
        {
            case "tenant":
                scopeId = EmulatorTenant.Id.ToString(CultureInfo.InvariantCulture);
                break;
            case "cluster":
                clusterId = clusters.Require(scopeId);
                break;
            case "department":
                var department = orgUnits.Departments.Find(scopeId ?? "") ?? throw ApiProblem.BadRequest($"Department '{scopeId}' does not exist.");
                departmentId = department.Id;
                clusterId = department.ClusterId;
                break;
            case "project":
                var project = orgUnits.Projects.Find(scopeId ?? "") ?? throw ApiProblem.BadRequest($"Project '{scopeId}' does not exist.");
                projectId = int.Parse(project.Id, CultureInfo.InvariantCulture);
                departmentId = project.ParentId;
                clusterId = project.ClusterId;
                break;
            default:
                throw ApiProblem.BadRequest($"Scope type '{scopeType}' is not one a template can be created in.");
        }
        var now = time.GetUtcNow();
        return new TemplateRecord
        {
            Id = TemplateStores.Uuid(sequenceNumber), Kind = kind, Name = name, Description = meta.GetString("description"), ScopeType = scopeType,
            ScopeId = scopeId!, ClusterId = clusterId, DepartmentId = departmentId, ProjectId = projectId,
            Spec = (body["spec"] as JsonObject)?.DeepClone() as JsonObject ?? [], CreatedAt = now, UpdatedAt = now,
        };
    }

    /// <summary>PUT: the name, description and whole spec.</summary>
    public void Replace(TemplateRecord template, JsonObject body)
    {
        var meta = body["meta"] as JsonObject ?? throw ApiProblem.BadRequest("'meta' is required.");
        var name = meta.GetString("name");
        if (string.IsNullOrWhiteSpace(name)) throw ApiProblem.BadRequest("'meta.name' is required.");
        template.Name = name;
        template.Description = meta.GetString("description");
        template.Spec = (body["spec"] as JsonObject)?.DeepClone() as JsonObject ?? [];
        template.UpdatedAt = time.GetUtcNow();
    }

    /// <summary>
    /// A workload create naming a template: the template must exist and be of the workload's kind; its spec goes
    /// under the request's (objects field by field, lists of named items by name, anything else the request's).
    /// </summary>
    public static void ApplyTo(TemplateStores templates, WorkloadKind kind, JsonObject body)
    {
        if (body.GetString("templateId") is not { } id) return;
        var template = templates.Find(id) ?? throw ApiProblem.NotFound($"Template '{id}' was not found.");
        if (template.Kind != kind) throw ApiProblem.BadRequest($"Template '{template.Name}' is a {template.Kind} template, not a {kind} one.");
        body["spec"] = Merge((JsonObject)template.Spec.DeepClone(), body["spec"] as JsonObject);
    }

    private static JsonObject Merge(JsonObject under, JsonObject? over)
    {
        foreach (var pair in over ?? [])
        {
            under[pair.Key] = (under[pair.Key], pair.Value) switch
            {
                (JsonObject a, JsonObject b) => Merge((JsonObject)a.DeepClone(), b),
                (JsonArray a, JsonArray b) when Named(a) && Named(b) => MergeNamed(a, b),
                _ => pair.Value?.DeepClone(),
            };
        }
        return under;
    }

    private static bool Named(JsonArray items) => items.All(i => i is JsonObject o && o["name"] is JsonValue);

    private static JsonArray MergeNamed(JsonArray under, JsonArray over)
    {
        var names = over.Select(i => i!["name"]!.ToString()).ToHashSet(StringComparer.Ordinal);
        var result = new JsonArray(under.Where(i => !names.Contains(i!["name"]!.ToString())).Select(i => i?.DeepClone()).ToArray());
        foreach (var item in over) result.Add(item?.DeepClone());
        return result;
    }
}
