using System.Collections.Generic;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Assets;

/// <summary>The contract's <c>ClusterInfo1</c>: the Kubernetes resources the cluster created for an asset.</summary>
[ContractSchema("ClusterInfo1")]
public sealed class AssetClusterInfo : RunaiModel
{
    [JsonPropertyName("resources")] public List<AssetClusterResource>? Resources { get; set; }
}

/// <summary>One resource created in the cluster for an asset (a credential's Kubernetes secret, say).</summary>
[ContractSchema("ClusterResourceInfo")]
public sealed class AssetClusterResource : RunaiModel
{
    [JsonPropertyName("name")] public string? Name { get; set; }
}
