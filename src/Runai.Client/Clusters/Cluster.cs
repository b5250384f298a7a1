using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Clusters;

/// <summary>The contract's <c>DisplayedCluster</c>.</summary>
[ContractSchema("DisplayedCluster")]
public sealed class Cluster : RunaiModel
{
    [JsonPropertyName("uuid")] public string Uuid { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("tenantId")] public int TenantId { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("domain")] public string? Domain { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("status")][JsonInclude] internal JsonElement? StatusJson { get; set; }

    /// <summary>The cluster's status object, as plain values.</summary>
    [JsonIgnore] public object? Status => PlainJson.ToPlain(StatusJson);

    /// <summary>The cluster's reported state (e.g. Connected), when the status carries one.</summary>
    [JsonIgnore]
    public string? State =>
        StatusJson is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.String
            ? state.GetString()
            : null;

    public override string ToString() => Name;
}
