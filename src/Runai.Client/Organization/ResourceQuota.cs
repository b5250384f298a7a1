using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>
/// The contract's <c>Resource</c>/<c>NonNullResource</c>: GPUs in devices, CPU in millicores, memory in <see cref="Units"/>
/// (the contract's <c>units</c>: Mib, MB or GB; only memory carries units).
/// </summary>
[ContractSchema("Resources.memory")]
public sealed class ResourceQuota : RunaiModel
{
    [JsonPropertyName("deserved")] public double? Deserved { get; set; }
    [JsonPropertyName("limit")] public double? Limit { get; set; }
    [JsonPropertyName("overQuotaWeight")] public double? OverQuotaWeight { get; set; }
    [JsonPropertyName("units")] public string? Units { get; set; }

    public override string ToString() => Units is null ? $"{Deserved}" : $"{Deserved} {Units}";
}
