using Runai.Emulator.Collections;

namespace Runai.Emulator.DataVolumes;

/// <summary>A stored data volume: a project's PVC, its description, and the scopes it is shared with.</summary>
public sealed class DataVolumeRecord : ICollectionRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; set; }
    public required string OriginPvcName { get; init; }
    public required string ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required string DepartmentId { get; init; }
    public required string ClusterId { get; init; }
    public bool UseOriginalVolume { get; init; } = true;

    /// <summary>Names are unique per cluster, as the contract's name-availability check (by <c>clusterId</c>) says.</summary>
    string ICollectionRecord.Scope => ClusterId;

    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The scopes shared with, in the order they were added.</summary>
    public List<DataVolumeShareRecord> Shares { get; } = [];
}

/// <summary>One shared scope of a data volume.</summary>
public sealed record DataVolumeShareRecord(string ScopeType, string ScopeId, string ScopeName, DateTimeOffset CreatedAt);
