using System;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Assets;

/// <summary>The contract's <c>AssetMeta</c>, shared by every asset kind: identity, description and scope.</summary>
[ContractSchema("AssetMeta")]
public sealed class AssetMeta : RunaiModel
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }

    /// <summary><c>tenant</c>, <c>cluster</c>, <c>department</c> or <c>project</c> (the contract's <c>Scope</c>).</summary>
    [JsonPropertyName("scope")] public string Scope { get; set; } = "";
    [JsonPropertyName("clusterId")] public string? ClusterId { get; set; }
    [JsonPropertyName("departmentId")] public string? DepartmentId { get; set; }
    [JsonPropertyName("projectId")] public int? ProjectId { get; set; }
    [JsonPropertyName("projectName")] public string? ProjectName { get; set; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updatedBy")] public string? UpdatedBy { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }
}
