using System;
using System.Security;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Access;

/// <summary>The contract's <c>AccessKey1</c>: one of the caller's own client id and secret pairs.</summary>
[ContractSchema("AccessKey1")]
public sealed class AccessKey : RunaiModel
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("clientId")] public string ClientId { get; set; } = "";
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("lastLogin")] public DateTimeOffset? LastLogin { get; set; }

    /// <summary>The name under which -Id binds from a piped access key.</summary>
    [JsonIgnore] public string AccessKeyId => Id;

    /// <summary>The client secret, only on the object a create or a regenerate returned; shown only inside a PSCredential.</summary>
    [JsonIgnore] internal SecureString? ClientSecret { get; set; }

    public override string ToString() => Name;
}
