using System.Collections.Generic;
using Runai.Client.Resources;

namespace Runai.Client.DataVolumes;

/// <summary>
/// Data volumes (<c>/api/v1/datavolumes</c>): looked up within a project; the list and count require
/// <c>requestType</c>, sent as <c>Originated</c> (those in the caller's permitted scopes); changed by PATCH of the
/// description only.
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
        },
    };

    public static ResourceClient<DataVolume> DataVolumes(this RunaiConnection connection) => connection.Resource(Descriptor);
}
