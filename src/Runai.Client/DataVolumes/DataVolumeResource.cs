using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Resources;

namespace Runai.Client.DataVolumes;

/// <summary>
/// Data volumes (<c>/api/v1/datavolumes</c>): looked up within a project; the list and count require
/// <c>requestType</c>, sent as <c>Originated</c> (those in the caller's permitted scopes); changed by PATCH of the
/// description only. Also: the volumes usable in one project (originated in it or shared with it), and whether a name is free in a cluster.
/// </summary>
public static class DataVolumeResource
{
    public static readonly ResourceDescriptor<DataVolume> Descriptor = new()
    {
        Route = "api/v1/datavolumes",
        Noun = "data volume",
        Schema = "Datavolume",
        ItemType = DataVolumesJsonContext.Default.DataVolume,
        ListType = DataVolumesJsonContext.Default.ListDataVolume,
        ListEnvelope = "datavolumes",
        IdFormat = ResourceIdFormat.Uuid,
        LiteralSegments = new[] { "count", "name-availability" },
        FixedQuery = new[] { new KeyValuePair<string, string>("requestType", "Originated") },
        ServerOwnedFields = new[]
        {
            "id", "createdAt", "updatedAt", "createdBy", "updatedBy", "projectName", "departmentId", "clusterId", "status", "sharedScopes",
        },
        FixedFields = new[] { "name", "projectId", "originPvcName", "useOriginalVolume", "shouldDeleteOriginalVolume" },
        IdOf = v => v.Id,
        NameOf = v => v.Name,
        ScopeField = "projectId",
        ScopeOf = v => v.ProjectId,
        Operations = new()
        {
            List = new[] { 200 }, Count = new[] { 200 }, Get = new[] { 200 }, Create = new[] { 201 }, Patch = new[] { 200 }, Delete = new[] { 202, 204 },
            NameAvailability = new[] { 204 },
        },
        NameAvailabilityParameter = "dataName",
    };

    public static ResourceClient<DataVolume> DataVolumes(this RunaiConnection connection) => connection.Resource(Descriptor);

    /// <summary>The list parameters for the volumes a project can use: those originated in it and those shared with it, its department or its cluster.</summary>
    public static ResourceQuery UsableInProject(string projectId, ResourceQuery? query = null) =>
        (query ?? new ResourceQuery()).Clone().With("requestType", "UsableInProject").With("usableInProjectId", projectId);

    /// <summary>Whether a data volume could be created with this name in the cluster (names are unique per cluster).</summary>
    public static Task<bool> IsNameAvailableAsync(this ResourceClient<DataVolume> volumes, string name, string clusterId,
        CancellationToken cancellationToken = default) =>
        volumes.IsNameAvailableAsync(name, new ResourceQuery().With("clusterId", clusterId), cancellationToken);
}
