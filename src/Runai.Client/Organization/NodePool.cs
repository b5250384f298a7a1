using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>The contract's <c>Nodepool</c>.</summary>
[ContractSchema("Nodepool")]
public sealed class NodePool : RunaiModel
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("clusterId")] public string ClusterId { get; set; } = "";
    [JsonPropertyName("clusterName")] public string? ClusterName { get; set; }
    [JsonPropertyName("labelKey")] public string? LabelKey { get; set; }
    [JsonPropertyName("labelValue")] public string? LabelValue { get; set; }
    [JsonPropertyName("isDefault")] public bool IsDefault { get; set; }
    [JsonPropertyName("phase")] public string? Phase { get; set; }
    [JsonPropertyName("placementStrategy")] public PlacementStrategy? PlacementStrategy { get; set; }
    [JsonPropertyName("gpuNetworkAccelerationDetection")] public string? GpuNetworkAccelerationDetection { get; set; }
    [JsonPropertyName("gpuNetworkAccelerationLabelKey")] public string? GpuNetworkAccelerationLabelKey { get; set; }
    [JsonPropertyName("status")] public NodePoolStatus? Status { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The id under the name quota cmdlets bind from the pipeline.</summary>
    [JsonIgnore] public string NodePoolId => Id;

    /// <summary>The name under which Get-RunaiNode binds -NodePool from a piped node pool.</summary>
    [JsonIgnore] public string NodePoolName => Name;

    [JsonIgnore] public int NodeCount => Status?.Nodes?.Count ?? 0;

    public override string ToString() => Name;
}

/// <summary>The contract's per-resource placement strategy (<c>spread</c> or <c>binpack</c>).</summary>
[ContractSchema("Nodepool.placementStrategy")]
public sealed class PlacementStrategy : RunaiModel
{
    [JsonPropertyName("cpu")] public string? Cpu { get; set; }
    [JsonPropertyName("gpu")] public string? Gpu { get; set; }

    public override string ToString() => $"gpu: {Gpu ?? "-"}, cpu: {Cpu ?? "-"}";
}

/// <summary>The parts of a node pool's status the module shows.</summary>
[ContractSchema("Nodepool.status")]
public sealed class NodePoolStatus : RunaiModel
{
    [JsonPropertyName("nodes")] public List<string>? Nodes { get; set; }
}
