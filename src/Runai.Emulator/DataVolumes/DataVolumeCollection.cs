using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Organization;

namespace Runai.Emulator.DataVolumes;

/// <summary>
/// <c>/api/v1/datavolumes</c>: list and count (which require <c>requestType</c>), create, get, PATCH, delete; and the
/// shared scopes of one (<c>…/{datavolumeId}/sharedScopes</c>: GET, PATCH with <c>add</c>/<c>remove</c>).
/// </summary>
public static class DataVolumeCollection
{
    private static readonly Dictionary<string, Func<DataVolumeRecord, object?>> Fields = new()
    {
        ["name"] = v => v.Name,
        ["projectId"] = v => v.ProjectId,
        ["clusterId"] = v => v.ClusterId,
        ["departmentId"] = v => v.DepartmentId,
        ["projectName"] = v => v.ProjectName,
        ["createdAt"] = v => v.CreatedAt,
        ["createdBy"] = _ => EmulatorTenant.Actor,
        ["phase"] = _ => "Ready",
    };

    public static CollectionStore<DataVolumeRecord> CreateStore(OrganizationClusters clusters) => new("Data volume", clusters.Describe);

    public static void Map(IEndpointRouteBuilder api, IServiceProvider services)
    {
        var store = services.GetRequiredService<CollectionStore<DataVolumeRecord>>();
        var rules = services.GetRequiredService<DataVolumeRules>();
        var collection = new Collection<DataVolumeRecord>
        {
            Route = "/datavolumes",
            IdParameter = "datavolumeId",
            Envelope = "datavolumes",
            PagesHaveNext = true,
            Store = store,
            Fields = Fields,
            CheckListParameters = RequireRequestType,
            Render = Render,
            RenderCreated = v => WithShares(Render(v), v),
            Create = rules.Create,
            Patch = rules.Patch,
            Delete = _ => { },
        };
        CollectionRoutes.Map(api, collection);
        var shares = collection.ItemRoute + "/sharedScopes";
        api.MapGet(shares, (HttpRequest request) => Results.Json(RenderShares(store.Get(collection.IdOf(request)))));
        api.MapPatch(shares, async (HttpRequest request) =>
        {
            var body = await JsonBody.ReadObjectAsync(request);
            return Results.Json(RenderShares(store.Change(collection.IdOf(request), v => rules.ChangeShares(v, body))));
        });
    }

    // Only data volumes originated in the caller's scopes are emulated; UsableInProject (shared with a project) is not.
    private static void RequireRequestType(IQueryCollection query)
    {
        var requestType = query["requestType"].ToString();
        if (requestType.Length == 0) throw ApiProblem.BadRequest("'requestType' is required (Originated or UsableInProject).");
        if (requestType == "UsableInProject") throw ApiProblem.BadRequest("The emulator serves requestType Originated only.");
        if (requestType != "Originated") throw ApiProblem.BadRequest($"'requestType' must be Originated or UsableInProject, not '{requestType}'.");
    }

    /// <summary>The contract's <c>DatavolumeNoSharedScopes</c> (list and PATCH answers; GET of one answers it too, its shared scopes having their own route).</summary>
    private static JsonObject Render(DataVolumeRecord volume) => new JsonObject
    {
        ["id"] = volume.Id,
        ["name"] = volume.Name,
        ["description"] = volume.Description,
        ["originPvcName"] = volume.OriginPvcName,
        ["projectId"] = volume.ProjectId,
        ["projectName"] = volume.ProjectName,
        ["departmentId"] = volume.DepartmentId,
        ["clusterId"] = volume.ClusterId,
        ["shouldDeleteOriginalVolume"] = false,
        ["useOriginalVolume"] = volume.UseOriginalVolume,
        ["createdAt"] = JsonBody.Timestamp(volume.CreatedAt),
        ["createdBy"] = EmulatorTenant.Actor,
        ["updatedAt"] = JsonBody.Timestamp(volume.UpdatedAt),
        ["updatedBy"] = EmulatorTenant.Actor,
        ["status"] = new JsonObject
        {
            ["phase"] = "Ready",
            ["datavolumePvcName"] = "dv-" + volume.Name,
            ["datavolumePvName"] = "pv-" + volume.Id,
        },
    }.WithoutNulls();

    private static JsonObject WithShares(JsonObject rendered, DataVolumeRecord volume)
    {
        rendered["sharedScopes"] = RenderShares(volume);
        return rendered;
    }

    /// <summary>The contract's <c>SharedScopes</c>.</summary>
    private static JsonArray RenderShares(DataVolumeRecord volume) =>
        new(volume.Shares.Select(s => (JsonNode)new JsonObject
        {
            ["scopeType"] = s.ScopeType, ["scopeId"] = s.ScopeId, ["scopeName"] = s.ScopeName,
            ["createdAt"] = JsonBody.Timestamp(s.CreatedAt), ["createdBy"] = EmulatorTenant.Actor,
        }).ToArray());
}
