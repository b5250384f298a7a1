using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Organization;

namespace Runai.Emulator.DataVolumes;

/// <summary>
/// <c>/api/v1/datavolumes</c>: list and count (which require <c>requestType</c>: Originated, or UsableInProject with
/// <c>usableInProjectId</c>), create, get, PATCH, delete, name availability per cluster; and the shared scopes of one
/// (<c>…/{datavolumeId}/sharedScopes</c>: GET, PATCH with <c>add</c>/<c>remove</c>).
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
        var orgUnits = services.GetRequiredService<OrgUnitTree>();
        var collection = new Collection<DataVolumeRecord>
        {
            Route = "/datavolumes",
            IdParameter = "datavolumeId",
            Envelope = "datavolumes",
            PagesHaveNext = true,
            Store = store,
            Fields = Fields,
            CheckListParameters = query => RequireRequestType(query, orgUnits),
            ListFilter = (query, volume) => IsUsable(query, volume, orgUnits),
            NameAvailability = query => (query["dataName"].ToString(), query["clusterId"].ToString()),
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

    // The emulated caller may see every scope, so Originated is every data volume.
    private static void RequireRequestType(IQueryCollection query, OrgUnitTree orgUnits)
    {
        var requestType = query["requestType"].ToString();
        if (requestType.Length == 0) throw ApiProblem.BadRequest("'requestType' is required (Originated or UsableInProject).");
        if (requestType is not ("Originated" or "UsableInProject")) throw ApiProblem.BadRequest($"'requestType' must be Originated or UsableInProject, not '{requestType}'.");
        var projectId = query["usableInProjectId"].ToString();
        if (requestType == "UsableInProject" && projectId.Length == 0) throw ApiProblem.BadRequest("requestType UsableInProject needs 'usableInProjectId'.");
        if (requestType == "UsableInProject" && orgUnits.Projects.Find(projectId) is null) throw ApiProblem.BadRequest($"Project '{projectId}' does not exist.");
    }

    /// <summary>UsableInProject: originated in the project, or shared with it, its department or its cluster.</summary>
    private static bool IsUsable(IQueryCollection query, DataVolumeRecord volume, OrgUnitTree orgUnits)
    {
        if (query["requestType"] != "UsableInProject") return true;
        var project = orgUnits.Projects.Get(query["usableInProjectId"].ToString());
        return volume.ProjectId == project.Id || volume.Shares.Exists(s =>
            (s.ScopeType == "project" && s.ScopeId == project.Id) || (s.ScopeType == "department" && s.ScopeId == project.ParentId)
            || (s.ScopeType == "cluster" && s.ScopeId == project.ClusterId));
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
