using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>What projects and departments share: identity, the contract's <c>DataUpdatableFields</c>, quota and status.</summary>
public abstract class OrgUnit : RunaiModel
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("clusterId")] public string ClusterId { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("schedulingRules")] public SchedulingRules? SchedulingRules { get; set; }
    [JsonPropertyName("defaultNodePools")] public List<string>? DefaultNodePools { get; set; }
    [JsonPropertyName("resources")] public List<NodePoolQuota> Resources { get; set; } = new();
    [JsonPropertyName("totalResources")] public TotalResources? TotalResources { get; set; }
    [JsonPropertyName("status")] public OrgUnitStatus? Status { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("updatedBy")] public string? UpdatedBy { get; set; }

    /// <summary>The cluster's name, filled in by the module for display (not part of the contract).</summary>
    [JsonIgnore] public string? ClusterName { get; set; }

    /// <summary>Deserved GPUs over all node pools. (Not named GpuQuota, so a piped unit never binds a -GpuQuota parameter.)</summary>
    [JsonIgnore] public double DeservedGpus => TotalResources?.GpuQuota ?? Resources.Sum(r => r.Gpu?.Deserved ?? 0);

    /// <summary>GPUs held by the unit's running workloads (a department's: its projects').</summary>
    [JsonIgnore] public double AllocatedGpus => Status?.QuotaStatus?.Allocated?.Gpu ?? 0;

    /// <summary>GPUs asked for by the unit's pending and running workloads.</summary>
    [JsonIgnore] public double RequestedGpus => Status?.QuotaStatus?.Requested?.Gpu ?? 0;

    [JsonIgnore] public string? Phase => Status?.Phase;

    /// <summary>This unit's quota in the named node pool, if it has an entry for it.</summary>
    public NodePoolQuota? QuotaIn(string nodePoolName) =>
        Resources.FirstOrDefault(r => string.Equals(r.NodePool?.Name, nodePoolName, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Name;
}
