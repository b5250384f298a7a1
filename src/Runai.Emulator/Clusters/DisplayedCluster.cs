using System.Text.Json.Serialization;

namespace Runai.Emulator.Clusters;

/// <summary>The contract's DisplayedCluster (the fields the emulator fills).</summary>
public sealed record DisplayedCluster(
    [property: JsonPropertyName("uuid")] string Uuid,
    [property: JsonPropertyName("tenantId")] int TenantId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("domain")] string? Domain,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("status"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ClusterDisplayedStatus? Status,
    [property: JsonPropertyName("updatedAt")] DateTimeOffset? UpdatedAt,
    [property: JsonPropertyName("lastLiveness")] DateTimeOffset? LastLiveness);

/// <summary>The contract's ClusterDisplayedStatus, reduced to its state (a ClusterState value).</summary>
public sealed record ClusterDisplayedStatus([property: JsonPropertyName("state")] string State);
