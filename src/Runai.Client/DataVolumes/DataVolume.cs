using System;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.DataVolumes;

/// <summary>
/// The contract's <c>Datavolume</c>: a project's PVC made shareable with other scopes. Flat, not an asset's
/// <c>meta</c>/<c>spec</c>. Its shared scopes are read apart (<see cref="DataVolumeShares"/>), as lists and PATCH answer
/// without them (<c>DatavolumeNoSharedScopes</c>).
/// </summary>
[ContractSchema("Datavolume")]
[ContractSchema("DatavolumeNoSharedScopes")]
public sealed class DataVolume : RunaiModel
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("originPvcName")] public string OriginPvcName { get; set; } = "";
    [JsonPropertyName("projectId")] public string ProjectId { get; set; } = "";
    [JsonPropertyName("projectName")] public string? ProjectName { get; set; }
    [JsonPropertyName("departmentId")] public string? DepartmentId { get; set; }
    [JsonPropertyName("clusterId")] public string? ClusterId { get; set; }
    [JsonPropertyName("useOriginalVolume")] public bool? UseOriginalVolume { get; set; }
    [JsonPropertyName("status")] public DataVolumeStatus? Status { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The phase in the cluster (Ready, Creating…), for display.</summary>
    [JsonIgnore] public string? Phase => Status?.Phase;

    /// <summary>The id under which the sharing cmdlets bind a piped data volume.</summary>
    [JsonIgnore] public string DataVolumeId => Id;

    public override string ToString() => Name;
}

/// <summary>The contract's <c>DatavolumeStatus</c>.</summary>
[ContractSchema("DatavolumeStatus")]
public sealed class DataVolumeStatus : RunaiModel
{
    [JsonPropertyName("phase")] public string? Phase { get; set; }
    [JsonPropertyName("phaseMessage")] public string? PhaseMessage { get; set; }
    [JsonPropertyName("datavolumePvcName")] public string? DatavolumePvcName { get; set; }
    [JsonPropertyName("datavolumePvName")] public string? DatavolumePvName { get; set; }

    public override string ToString() => Phase ?? "";
}
