using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.DataVolumes;

/// <summary>
/// The scopes a data volume is shared with (<c>/api/v1/datavolumes/{id}/sharedScopes</c>): read, and changed by the
/// contract's PATCH of scopes to <c>add</c> and to <c>remove</c>; both answer the scopes it is then shared with.
/// </summary>
public static class DataVolumeShares
{
    private static readonly HttpMethod Patch = new("PATCH");

    public static async Task<IReadOnlyList<DataVolumeShare>> SharesAsync(this RunaiConnection connection, string dataVolumeId,
        CancellationToken cancellationToken = default)
    {
        var answer = await connection.GetAsync(PathOf(connection, dataVolumeId), DataVolumesJsonContext.Default.ListDataVolumeShare, cancellationToken)
            .ConfigureAwait(false);
        return answer ?? new List<DataVolumeShare>();
    }

    /// <summary>Shares the data volume with <paramref name="add"/> and stops sharing it with <paramref name="remove"/> (scope type, scope id).</summary>
    public static async Task<IReadOnlyList<DataVolumeShare>> ChangeSharesAsync(this RunaiConnection connection, string dataVolumeId,
        IEnumerable<(string ScopeType, string ScopeId)> add, IEnumerable<(string ScopeType, string ScopeId)> remove,
        CancellationToken cancellationToken = default)
    {
        static JsonArray Scopes(IEnumerable<(string ScopeType, string ScopeId)> scopes) =>
            new(scopes.Select(s => (JsonNode)new JsonObject { ["scopeType"] = s.ScopeType, ["scopeId"] = s.ScopeId }).ToArray());
        var body = new JsonObject();
        var toAdd = Scopes(add);
        var toRemove = Scopes(remove);
        if (toAdd.Count > 0) body["add"] = toAdd;
        if (toRemove.Count > 0) body["remove"] = toRemove;
        var answer = await connection.SendAsync(Patch, PathOf(connection, dataVolumeId), RunaiConnection.JsonContent(body.ToJsonString()),
            DataVolumesJsonContext.Default.ListDataVolumeShare, cancellationToken).ConfigureAwait(false);
        connection.Cache.Invalidate(DataVolumeResource.Descriptor.Route);
        return answer ?? new List<DataVolumeShare>();
    }

    private static string PathOf(RunaiConnection connection, string dataVolumeId) =>
        connection.DataVolumes().ItemPath(dataVolumeId) + "/sharedScopes";
}
