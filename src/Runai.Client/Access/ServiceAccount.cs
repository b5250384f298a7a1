using System;
using System.Security;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Access;

/// <summary>The contract's <c>ServiceAccount</c>: a non-human identity whose client id and secret get tokens.</summary>
[ContractSchema("ServiceAccount")]
public sealed class ServiceAccount : RunaiModel
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("clientId")] public string ClientId { get; set; } = "";
    [JsonPropertyName("enabled")] public bool Enabled { get; set; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("lastLogin")] public DateTimeOffset? LastLogin { get; set; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }

    /// <summary>The name under which -Id binds from a piped service account.</summary>
    [JsonIgnore] public string ServiceAccountId => Id;

    /// <summary>
    /// The client secret, only on the object that a create or a regenerate returned (the control plane shows it
    /// once). Internal: the module shows it only inside a PSCredential.
    /// </summary>
    [JsonIgnore] internal SecureString? ClientSecret { get; set; }

    public override string ToString() => Name;
}
