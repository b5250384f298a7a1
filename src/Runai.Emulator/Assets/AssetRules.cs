using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Organization;

namespace Runai.Emulator.Assets;

/// <summary>
/// What asset writes must respect, for every kind: a name, a scope whose owner exists (project, department, cluster),
/// the update shape of the kind (credentials: a description only), and secret values that are accepted and dropped,
/// never stored readable nor echoed.
/// </summary>
public sealed class AssetRules(OrganizationClusters clusters, OrgUnitTree orgUnits, TimeProvider time)
{
    /// <summary>The spec fields whose value is a secret; a generic secret's pairs keep only their keys.</summary>
    public static readonly string[] SecretFields = ["secretAccessKey", "password", "ngc_api_key"];

    public AssetRecord Create(AssetKindRoute kind, JsonObject body, string sequenceNumber)
    {
        var meta = body["meta"] as JsonObject ?? throw ApiProblem.BadRequest("'meta' is required.");
        var name = meta.GetString("name");
        if (string.IsNullOrWhiteSpace(name)) throw ApiProblem.BadRequest("'meta.name' is required.");
        var scope = meta.GetString("scope") ?? throw ApiProblem.BadRequest("'meta.scope' is required.");
        var now = time.GetUtcNow();
        string? clusterId = null, departmentId = null, projectName = null;
        int? projectId = null;
        switch (scope)
        {
            case "tenant":
                break;
            case "cluster":
                clusterId = clusters.Require(meta.GetString("clusterId"));
                break;
            case "department":
                departmentId = meta.GetString("departmentId") ?? throw ApiProblem.BadRequest("'meta.departmentId' is required for a department scoped asset.");
                var department = orgUnits.Departments.Find(departmentId) ?? throw ApiProblem.BadRequest($"Department '{departmentId}' does not exist.");
                clusterId = department.ClusterId;
                break;
            case "project":
                projectId = meta["projectId"] is JsonValue v && v.TryGetValue<int>(out var pid) ? pid
                    : throw ApiProblem.BadRequest("'meta.projectId' is required for a project scoped asset.");
                var project = orgUnits.Projects.Find(projectId.Value.ToString(CultureInfo.InvariantCulture))
                    ?? throw ApiProblem.BadRequest($"Project '{projectId}' does not exist.");
                clusterId = project.ClusterId;
                projectName = project.Name;
                break;
            default:
                throw ApiProblem.BadRequest($"Scope '{scope}' is not one an asset can be created in.");
        }
        return new AssetRecord
        {
            Id = AssetStores.Uuid(sequenceNumber), Kind = kind.Kind, Name = name, Description = meta.GetString("description"), ScopeType = scope,
            ClusterId = clusterId, DepartmentId = departmentId, ProjectId = projectId, ProjectName = projectName,
            Spec = WithoutSecrets(body["spec"] as JsonObject ?? []), CreatedAt = now, UpdatedAt = now,
        };
    }

    /// <summary>PUT: credentials change only their description; the others their name, description and the spec fields the kind's update takes.</summary>
    public void Replace(AssetKindRoute kind, AssetRecord asset, JsonObject body)
    {
        var meta = body["meta"] as JsonObject ?? throw ApiProblem.BadRequest("'meta' is required.");
        if (!kind.IsCredential)
        {
            var name = meta.GetString("name");
            if (string.IsNullOrWhiteSpace(name)) throw ApiProblem.BadRequest("'meta.name' is required.");
            asset.Name = name;
        }
        asset.Description = meta.GetString("description");
        if (!kind.IsCredential && body["spec"] is JsonObject spec)
        {
            if (kind.UpdatableSpec is null) asset.Spec = WithoutSecrets((JsonObject)spec.DeepClone());
            else
            {
                foreach (var field in kind.UpdatableSpec)
                {
                    if (spec.TryGetPropertyValue(field, out var value)) asset.Spec[field] = value?.DeepClone();
                }
            }
        }
        asset.UpdatedAt = time.GetUtcNow();
    }

    private static JsonObject WithoutSecrets(JsonObject spec)
    {
        var kept = (JsonObject)spec.DeepClone();
        foreach (var field in SecretFields) kept.Remove(field);
        if (kept["keyValuePairs"] is JsonArray pairs)
        {
            foreach (var pair in pairs.OfType<JsonObject>()) pair.Remove("value");
        }
        return kept;
    }
}
