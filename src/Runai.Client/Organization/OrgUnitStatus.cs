using System.Collections.Generic;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>The parts of a project's or department's <c>status</c> the module shows: phase, and what its workloads
/// are allocated and request, in total and per node pool.</summary>
[ContractSchema("ProjectStatus")]
public sealed class OrgUnitStatus : RunaiModel
{
    [JsonPropertyName("phase")] public string? Phase { get; set; }
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    [JsonPropertyName("quotaStatus")] public QuotaStatus? QuotaStatus { get; set; }
    [JsonPropertyName("nodePoolQuotaStatuses")] public List<QuotaStatusNodePool>? NodePoolQuotaStatuses { get; set; }
}

/// <summary>The contract's <c>QuotaStatus</c>.</summary>
[ContractSchema("QuotaStatus")]
public class QuotaStatus : RunaiModel
{
    [JsonPropertyName("allocated")] public QuotaStatusResource? Allocated { get; set; }
    [JsonPropertyName("allocatedNonPreemptible")] public QuotaStatusResource? AllocatedNonPreemptible { get; set; }
    [JsonPropertyName("requested")] public QuotaStatusResource? Requested { get; set; }
}

/// <summary>The contract's <c>QuotaStatusResource</c>: GPUs, CPU millicores, memory MB.</summary>
[ContractSchema("QuotaStatusResource")]
public sealed class QuotaStatusResource : RunaiModel
{
    [JsonPropertyName("gpu")] public double? Gpu { get; set; }
    [JsonPropertyName("cpu")] public double? Cpu { get; set; }
    [JsonPropertyName("memory")] public double? Memory { get; set; }
}
