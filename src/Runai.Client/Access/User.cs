using System;
using System.Collections.Generic;
using System.Security;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Access;

/// <summary>The contract's <c>User2</c>: a local or SSO user, named by their e-mail address.</summary>
[ContractSchema("User2")]
public sealed class User : RunaiModel
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("username")] public string Username { get; set; } = "";
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("lastLogin")] public DateTimeOffset? LastLogin { get; set; }
    [JsonPropertyName("isLocal")] public bool? IsLocal { get; set; }
    [JsonPropertyName("groups")] public List<string>? Groups { get; set; }

    /// <summary>The name under which the access cmdlets bind -User (and -Email) from a piped user.</summary>
    [JsonIgnore] public string Email => Username;

    [JsonIgnore] public string UserId => Id;

    /// <summary>
    /// The temporary password the control plane gave when the user was created or its password reset; only on the
    /// object that operation returned. A SecureString, so it is never printed or serialized.
    /// </summary>
    [JsonIgnore] public SecureString? TemporaryPassword { get; set; }

    public override string ToString() => Username;
}
