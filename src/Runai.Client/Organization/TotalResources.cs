using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>The contract's <c>TotalResources</c>: GPUs, CPU in millicores, memory in MB, summed over node pools.</summary>
[ContractSchema("TotalResources")]
public sealed class TotalResources : RunaiModel
{
    [JsonPropertyName("gpuQuota")] public double? GpuQuota { get; set; }
    [JsonPropertyName("cpuQuota")] public double? CpuQuota { get; set; }
    [JsonPropertyName("memoryQuota")] public double? MemoryQuota { get; set; }
}
