using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Workloads;

/// <summary>The contract's <c>Pod1</c>: one pod of a workload.</summary>
[ContractSchema("Pod1")]
public sealed class WorkloadPod : RunaiModel
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("workloadId")] public string WorkloadId { get; set; } = "";
    [JsonPropertyName("workloadName")] public string? WorkloadName { get; set; }
    [JsonPropertyName("projectId")] public string? ProjectId { get; set; }
    [JsonPropertyName("projectName")] public string? ProjectName { get; set; }
    [JsonPropertyName("clusterId")] public string ClusterId { get; set; } = "";
    [JsonPropertyName("k8sPhase")] public string K8sPhase { get; set; } = "";
    [JsonPropertyName("nodeName")] public string? NodeName { get; set; }
    [JsonPropertyName("currentNodePool")] public string? CurrentNodePool { get; set; }
    [JsonPropertyName("ip")] public string? Ip { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("completedAt")] public DateTimeOffset? CompletedAt { get; set; }
    [JsonPropertyName("containers")] public List<WorkloadContainer>? Containers { get; set; }

    public override string ToString() => Name;
}

/// <summary>The contract's <c>Container1</c>.</summary>
[ContractSchema("Container1")]
public sealed class WorkloadContainer : RunaiModel
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("image")] public string Image { get; set; } = "";
    [JsonPropertyName("startedAt")] public DateTimeOffset? StartedAt { get; set; }
}
