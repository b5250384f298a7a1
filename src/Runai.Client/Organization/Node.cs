using System;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>The contract's <c>Node</c>.</summary>
[ContractSchema("Node")]
public sealed class Node : RunaiModel
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("clusterUuid")] public string ClusterUuid { get; set; } = "";
    [JsonPropertyName("nodePool")] public string NodePool { get; set; } = "";
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("gpuInfo")] public GpuInfo? GpuInfo { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    [JsonIgnore] public string? GpuType => GpuInfo?.GpuType;
    [JsonIgnore] public int GpuCount => GpuInfo?.GpuCount ?? 0;

    public override string ToString() => Name;
}

/// <summary>The contract's <c>GpuInfo</c>.</summary>
[ContractSchema("GpuInfo")]
public sealed class GpuInfo : RunaiModel
{
    [JsonPropertyName("gpuType")] public string? GpuType { get; set; }
    [JsonPropertyName("gpuCount")] public int GpuCount { get; set; }
}
