using System;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.DataVolumes;

/// <summary>The contract's <c>SharedScope</c>: a cluster, department or project a data volume is shared with.</summary>
[ContractSchema("SharedScope")]
public sealed class DataVolumeShare : RunaiModel
{
    /// <summary><c>cluster</c>, <c>department</c> or <c>project</c>.</summary>
    [JsonPropertyName("scopeType")] public string ScopeType { get; set; } = "";
    [JsonPropertyName("scopeId")] public string ScopeId { get; set; } = "";
    [JsonPropertyName("scopeName")] public string? ScopeName { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }

    /// <summary>The data volume shared (set by the client; not part of the answer).</summary>
    [JsonIgnore] public string? DataVolumeName { get; set; }

    public override string ToString() => $"{ScopeType} '{ScopeName ?? ScopeId}'";
}
