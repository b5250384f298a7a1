using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>The contract's <c>QuotaStatusNodePool</c>: a <see cref="QuotaStatus"/> for one node pool.</summary>
[ContractSchema("QuotaStatusNodePool")]
public sealed class QuotaStatusNodePool : QuotaStatus
{
    [JsonPropertyName("nodePoolId")] public string? NodePoolId { get; set; }
    [JsonPropertyName("nodePoolName")] public string? NodePoolName { get; set; }
}
