using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Workloads;

/// <summary>The typed routes' answer (<c>WorkloadMeta1</c> plus the kind's spec): Training1, Workspace1, DistributedWorkload, Inference1.</summary>
[ContractSchema("Training1")]
[ContractSchema("Workspace1")]
[ContractSchema("DistributedWorkload")]
[ContractSchema("Inference1")]
public sealed class SubmittedWorkload : RunaiModel
{
    [JsonPropertyName("workloadId")] public string WorkloadId { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("requestedName")] public string? RequestedName { get; set; }
    [JsonPropertyName("projectId")] public string ProjectId { get; set; } = "";
    [JsonPropertyName("departmentId")] public string? DepartmentId { get; set; }
    [JsonPropertyName("clusterId")] public string ClusterId { get; set; } = "";
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("deletedAt")] public DateTimeOffset? DeletedAt { get; set; }
    [JsonPropertyName("desiredPhase")] public string? DesiredPhase { get; set; }
    [JsonPropertyName("actualPhase")] public string? ActualPhase { get; set; }
    [JsonPropertyName("spec")] public JsonElement? Spec { get; set; }
}
