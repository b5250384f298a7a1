using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Runai.Bench.Floor;

// The fields a caller would read, typed: the floor parses into objects as the module does, not into a DOM.
public sealed class TokenResponse
{
    [JsonPropertyName("accessToken")] public string? AccessToken { get; set; }
    [JsonPropertyName("expiresIn")] public int? ExpiresIn { get; set; }
}

public sealed class NodePoolRef
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
}

public sealed class Quota
{
    [JsonPropertyName("deserved")] public double? Deserved { get; set; }
    [JsonPropertyName("limit")] public double? Limit { get; set; }
}

public sealed class ProjectResource
{
    [JsonPropertyName("nodePool")] public NodePoolRef? NodePool { get; set; }
    [JsonPropertyName("gpu")] public Quota? Gpu { get; set; }
}

public sealed class ProjectStatus
{
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    [JsonPropertyName("phase")] public string? Phase { get; set; }
}

public sealed class Project
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("clusterId")] public string? ClusterId { get; set; }
    [JsonPropertyName("parentId")] public string? ParentId { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("resources")] public List<ProjectResource>? Resources { get; set; }
    [JsonPropertyName("createdAt")] public System.DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updatedAt")] public System.DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("status")] public ProjectStatus? Status { get; set; }
}

public sealed class ProjectCreate
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("clusterId")] public string ClusterId { get; set; } = "";
    [JsonPropertyName("parentId")] public string ParentId { get; set; } = "";
    [JsonPropertyName("resources")] public List<ProjectResource> Resources { get; set; } = new();
}

public sealed class Condition
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("reason")] public string? Reason { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("lastTransitionTime")] public System.DateTimeOffset? LastTransitionTime { get; set; }
}

public sealed class Workload
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("priority")] public int? Priority { get; set; }
    [JsonPropertyName("priorityClassName")] public string? PriorityClassName { get; set; }
    [JsonPropertyName("submittedBy")] public string? SubmittedBy { get; set; }
    [JsonPropertyName("clusterId")] public string? ClusterId { get; set; }
    [JsonPropertyName("projectName")] public string? ProjectName { get; set; }
    [JsonPropertyName("projectId")] public string? ProjectId { get; set; }
    [JsonPropertyName("departmentName")] public string? DepartmentName { get; set; }
    [JsonPropertyName("departmentId")] public string? DepartmentId { get; set; }
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    [JsonPropertyName("createdAt")] public System.DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("phase")] public string? Phase { get; set; }
    [JsonPropertyName("phaseMessage")] public string? PhaseMessage { get; set; }
    [JsonPropertyName("conditions")] public List<Condition>? Conditions { get; set; }
    [JsonPropertyName("k8sPhase")] public string? K8sPhase { get; set; }
    [JsonPropertyName("tenantId")] public int? TenantId { get; set; }
    [JsonPropertyName("runningPods")] public int? RunningPods { get; set; }
    [JsonPropertyName("updatedAt")] public System.DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("deletedAt")] public System.DateTimeOffset? DeletedAt { get; set; }
    [JsonPropertyName("completedAt")] public System.DateTimeOffset? CompletedAt { get; set; }
    [JsonPropertyName("category")] public string? Category { get; set; }
    [JsonPropertyName("requestedNodePools")] public List<string>? RequestedNodePools { get; set; }
    [JsonPropertyName("currentNodePools")] public List<string>? CurrentNodePools { get; set; }
    [JsonPropertyName("images")] public List<string>? Images { get; set; }
    [JsonPropertyName("preemptible")] public bool? Preemptible { get; set; }
}

public sealed class WorkloadPage
{
    [JsonPropertyName("workloads")] public List<Workload>? Workloads { get; set; }
    [JsonPropertyName("next")] public int? Next { get; set; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(Project))]
[JsonSerializable(typeof(ProjectCreate))]
[JsonSerializable(typeof(WorkloadPage))]
[JsonSerializable(typeof(Dictionary<string, double>))]
internal sealed partial class FloorJson : JsonSerializerContext
{
}
