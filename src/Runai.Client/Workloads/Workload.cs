using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Workloads;

/// <summary>The contract's <c>Workload</c>: one workload of any kind as GET /api/v1/workloads reports it.</summary>
[ContractSchema("Workload")]
[ContractSchema("WorkloadDetailed")]
public sealed class Workload : RunaiModel
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("phase")] public string Phase { get; set; } = "";
    [JsonPropertyName("phaseMessage")] public string? PhaseMessage { get; set; }
    [JsonPropertyName("k8sPhase")] public string? K8sPhase { get; set; }
    [JsonPropertyName("projectId")] public string ProjectId { get; set; } = "";
    [JsonPropertyName("projectName")] public string ProjectName { get; set; } = "";
    [JsonPropertyName("departmentId")] public string? DepartmentId { get; set; }
    [JsonPropertyName("departmentName")] public string? DepartmentName { get; set; }
    [JsonPropertyName("clusterId")] public string ClusterId { get; set; } = "";
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("category")] public string? Category { get; set; }
    [JsonPropertyName("priority")] public int? Priority { get; set; }
    [JsonPropertyName("priorityClassName")] public string? PriorityClassName { get; set; }
    [JsonPropertyName("submittedBy")] public string? SubmittedBy { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("phaseUpdatedAt")] public DateTimeOffset? PhaseUpdatedAt { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("completedAt")] public DateTimeOffset? CompletedAt { get; set; }
    [JsonPropertyName("deletedAt")] public DateTimeOffset? DeletedAt { get; set; }
    [JsonPropertyName("runningPods")] public int? RunningPods { get; set; }
    [JsonPropertyName("images")] public List<string>? Images { get; set; }
    [JsonPropertyName("requestedNodePools")] public List<string>? RequestedNodePools { get; set; }
    [JsonPropertyName("currentNodePools")] public List<string>? CurrentNodePools { get; set; }
    [JsonPropertyName("distributedFramework")] public string? DistributedFramework { get; set; }
    [JsonPropertyName("preemptible")] public bool? Preemptible { get; set; }
    [JsonPropertyName("urls")] public List<string>? Urls { get; set; }
    [JsonPropertyName("command")] public string? Command { get; set; }
    [JsonPropertyName("arguments")] public string? Arguments { get; set; }
    [JsonPropertyName("conditions")] public List<WorkloadCondition>? Conditions { get; set; }
    [JsonPropertyName("workloadRequestedResources")][JsonInclude] internal JsonElement? RequestedResourcesJson { get; set; }
    [JsonPropertyName("podsRequestedResources")][JsonInclude] internal JsonElement? PodsRequestedResourcesJson { get; set; }

    /// <summary>The resources the workload requested (gpu, cpu, memory…), as plain values.</summary>
    [JsonIgnore] public object? WorkloadRequestedResources => PlainJson.ToPlain(RequestedResourcesJson);

    /// <summary>The resources each pod requested, as plain values.</summary>
    [JsonIgnore] public object? PodsRequestedResources => PlainJson.ToPlain(PodsRequestedResourcesJson);

    // Modelled, though nothing reads them, because every listed workload carries them: as extension data each would
    // cost a JsonDocument per workload, the largest share of reading a page.
    [JsonPropertyName("tenantId")] public int? TenantId { get; set; }
    [JsonPropertyName("k8sPhaseUpdatedAt")] public DateTimeOffset? K8sPhaseUpdatedAt { get; set; }
    [JsonPropertyName("requestedPods")] public WorkloadRequestedPods? RequestedPods { get; set; }
    [JsonPropertyName("environmentVariables")] public Dictionary<string, string>? EnvironmentVariables { get; set; }

    /// <summary>The kind, when <see cref="Type"/> names one of the four with typed routes.</summary>
    [JsonIgnore] public WorkloadKind? Kind => WorkloadKinds.FromType(Type);

    /// <summary>Requested GPUs (devices × portion), when the workload asked for any.</summary>
    [JsonIgnore]
    public double? Gpu =>
        RequestedResourcesJson is { ValueKind: JsonValueKind.Object } resources
        && resources.TryGetProperty("gpu", out var gpu) && gpu.ValueKind == JsonValueKind.Object
        && gpu.TryGetProperty("request", out var request) && request.ValueKind == JsonValueKind.Number
            ? request.GetDouble() : null;

    /// <summary>True once the workload can no longer change by itself (Completed or Failed).</summary>
    [JsonIgnore] public bool IsFinished => Phase is "Completed" or "Failed";

    public override string ToString() => Name;
}

/// <summary>The contract's <c>Condition1</c>.</summary>
[ContractSchema("Condition1")]
public sealed class WorkloadCondition : RunaiModel
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("reason")] public string? Reason { get; set; }
    [JsonPropertyName("lastTransitionTime")] public DateTimeOffset? LastTransitionTime { get; set; }
}

/// <summary>The contract's <c>RequestedPods</c>: how many pods the workload asked for.</summary>
[ContractSchema("RequestedPods")]
public sealed class WorkloadRequestedPods : RunaiModel
{
    [JsonPropertyName("number")] public int? Number { get; set; }
    [JsonPropertyName("min")] public int? Min { get; set; }
    [JsonPropertyName("max")] public int? Max { get; set; }
    [JsonPropertyName("parallelism")] public int? Parallelism { get; set; }
    [JsonPropertyName("completions")] public int? Completions { get; set; }
}
