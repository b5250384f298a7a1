using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>The contract's <c>Resources</c>: an org unit's quota in one node pool.</summary>
[ContractSchema("Resources")]
public sealed class NodePoolQuota : RunaiModel
{
    [JsonPropertyName("nodePool")] public NodePoolReference? NodePool { get; set; }
    [JsonPropertyName("gpu")] public ResourceQuota? Gpu { get; set; }
    [JsonPropertyName("cpu")] public ResourceQuota? Cpu { get; set; }
    [JsonPropertyName("memory")] public ResourceQuota? Memory { get; set; }
    [JsonPropertyName("priority")] public string? Priority { get; set; }

    /// <summary>The node pool's name, for tables.</summary>
    [JsonIgnore] public string? NodePoolName => NodePool?.Name;

    public override string ToString() => $"{NodePool}: {Gpu?.Deserved ?? 0} GPU";
}
