using System;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Assets;

/// <summary>The contract's <c>TemplateMetaFields</c>: a workload template's identity, workload kind and scope.</summary>
[ContractSchema("TemplateMetaFields")]
public sealed class TemplateMeta : RunaiModel
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }

    /// <summary><c>Workspace</c>, <c>Training</c>, <c>Distributed</c> or <c>Inference</c> (the contract's <c>WorkloadType</c>).</summary>
    [JsonPropertyName("workloadType")] public string? WorkloadType { get; set; }

    /// <summary><c>tenant</c>, <c>cluster</c>, <c>department</c> or <c>project</c> (the contract's <c>ScopeType</c>).</summary>
    [JsonPropertyName("scopeType")] public string ScopeType { get; set; } = "";

    /// <summary>The id of the cluster, department or project, depending on <see cref="ScopeType"/>.</summary>
    [JsonPropertyName("scopeId")] public string? ScopeId { get; set; }
    [JsonPropertyName("clusterId")] public string? ClusterId { get; set; }
    [JsonPropertyName("departmentId")] public string? DepartmentId { get; set; }
    [JsonPropertyName("projectId")] public int? ProjectId { get; set; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updatedBy")] public string? UpdatedBy { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }
}
