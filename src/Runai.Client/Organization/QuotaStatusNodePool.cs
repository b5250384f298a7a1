using System.Text.Json.Serialization;

namespace Runai.Client.Organization;

/// <summary>The contract's <c>QuotaStatusNodePool</c>: a <see cref="QuotaStatus"/> for one node pool.</summary>
public sealed class QuotaStatusNodePool : QuotaStatus
{
    [JsonPropertyName("nodePoolId")] public string? NodePoolId { get; set; }
    [JsonPropertyName("nodePoolName")] public string? NodePoolName { get; set; }
}
