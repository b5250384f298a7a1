using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Assets;

/// <summary>
/// Every asset kind's collection (<c>/api/v1/asset/...</c>) from one declaration: unpaged <c>entries</c> lists filtered
/// by the contract's name, scope, owner and id parameters, create and PUT answering 202, the kind's delete status;
/// plus the family lists (<c>/asset/datasource</c>, <c>/asset/credentials</c>) over the same stores, in their own shapes.
/// </summary>
public static class AssetCollection
{
    public static void Map(IEndpointRouteBuilder api, IServiceProvider services)
    {
        var stores = services.GetRequiredService<AssetStores>();
        var rules = services.GetRequiredService<AssetRules>();
        var projects = services.GetService<IProjectDirectory>();
        foreach (var kind in AssetKindRoute.All)
        {
            CollectionRoutes.Map(api, new Collection<AssetRecord>
            {
                Route = kind.Route,
                IdParameter = "AssetId",
                Envelope = "entries",
                Store = stores.ByKind[kind.Kind],
                Fields = new Dictionary<string, Func<AssetRecord, object?>>(),
                Paged = false,
                HasCount = false,
                ListFilter = (query, asset) => Keeps(query, asset, projects),
                Render = asset => Render(asset, kind),
                Create = (body, id) => rules.Create(kind, body, id),
                CreateStatus = kind.CreateStatus,
                Replace = (asset, body) => rules.Replace(kind, asset, body),
                UpdateStatus = kind.UpdateStatus,
                Delete = _ => { },
                DeleteStatus = kind.DeleteStatus,
            });
        }
        RegistryContents.Map(api, stores.ByKind["registry"]);
        foreach (var family in new[] { "datasource", "credentials" })
        {
            api.MapGet("/asset/" + family, (HttpRequest request) => Results.Json(new JsonObject
            {
                ["entries"] = new JsonArray(stores.InFamily(family).Where(a => Keeps(request.Query, a, projects))
                    .Select(a => (JsonNode)RenderInFamily(a, AssetKindRoute.All.First(k => k.Kind == a.Kind))).ToArray()),
            }));
        }
    }

    /// <summary>
    /// The list parameters: <c>name</c>, <c>scope</c>, <c>assetIds</c>, and an owner (<c>projectId</c>…) which, without
    /// <c>scope</c>, also keeps the assets its parents share with it.
    /// </summary>
    private static bool Keeps(IQueryCollection query, AssetRecord asset, IProjectDirectory? projects)
    {
        if (query.TryGetValue("name", out var name) && asset.Name != name.ToString()) return false;
        if (query.TryGetValue("assetIds", out var ids) && !ids.ToString().Split(',').Contains(asset.Id, StringComparer.OrdinalIgnoreCase)) return false;
        var scoped = query.TryGetValue("scope", out var scope);
        if (scoped && asset.ScopeType != scope.ToString()) return false;
        if (query.TryGetValue("projectId", out var projectId))
        {
            if (scoped) return asset.ProjectId?.ToString(System.Globalization.CultureInfo.InvariantCulture) == projectId.ToString();
            var project = projects?.FindProject(projectId.ToString());
            return asset.ScopeType switch
            {
                "project" => asset.ProjectId?.ToString(System.Globalization.CultureInfo.InvariantCulture) == projectId.ToString(),
                "department" => asset.DepartmentId == project?.DepartmentId,
                "cluster" => asset.ClusterId == project?.ClusterId,
                _ => true,
            };
        }
        if (query.TryGetValue("departmentId", out var departmentId)) return asset.DepartmentId == departmentId.ToString() || asset.ScopeType is "tenant" or "cluster";
        if (query.TryGetValue("clusterId", out var clusterId)) return asset.ClusterId == clusterId.ToString() || asset.ScopeType == "tenant";
        return true;
    }

    /// <summary>The contract's <c>{ meta, spec, clusterInfo }</c>; a credential names the Kubernetes secret made for it.</summary>
    public static JsonObject Render(AssetRecord asset, AssetKindRoute kind)
    {
        var meta = new JsonObject
        {
            ["id"] = asset.Id, ["name"] = asset.Name, ["description"] = asset.Description, ["kind"] = asset.Kind, ["scope"] = asset.ScopeType,
            ["clusterId"] = asset.ClusterId, ["departmentId"] = asset.DepartmentId, ["projectId"] = asset.ProjectId, ["projectName"] = asset.ProjectName,
            ["tenantId"] = EmulatorTenant.Id, ["createdBy"] = EmulatorTenant.Actor, ["createdAt"] = JsonBody.Timestamp(asset.CreatedAt),
            ["updatedBy"] = EmulatorTenant.Actor, ["updatedAt"] = JsonBody.Timestamp(asset.UpdatedAt),
        };
        var json = new JsonObject { ["meta"] = meta.WithoutNulls(), ["spec"] = asset.Spec.DeepClone() };
        if (kind.IsCredential)
        {
            json["clusterInfo"] = new JsonObject { ["resources"] = new JsonArray(new JsonObject { ["name"] = SecretName(asset) }) };
        }
        return json;
    }

    /// <summary>A family list's entry: the data source list nests the spec under its kind (<c>{ "spec": { "pvc": {…} } }</c>).</summary>
    private static JsonObject RenderInFamily(AssetRecord asset, AssetKindRoute kind)
    {
        var json = Render(asset, kind);
        if (kind.FamilySpecKey is { } key) json["spec"] = new JsonObject { [key] = json["spec"]!.DeepClone() };
        return json;
    }

    /// <summary>The Kubernetes secret the cluster made for a credential (or the existing one it names).</summary>
    public static string SecretName(AssetRecord credential) => credential.Spec.GetString("existingSecretName") ?? $"{credential.Name}-{credential.Id[^6..]}";
}
