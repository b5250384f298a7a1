using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Access;

/// <summary>The contract's <c>RoleV1</c>: a named set of permissions an access rule grants.</summary>
[ContractSchema("RoleV1")]
public sealed class Role : RunaiModel
{
    [JsonPropertyName("id")] public int Id { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("description")] public string Description { get; set; } = "";
    [JsonPropertyName("permissions")] public List<Permission> Permissions { get; set; } = new();
    [JsonPropertyName("custom")] public bool Custom { get; set; }
    [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
    [JsonPropertyName("effectiveEnabled")] public bool EffectiveEnabled { get; set; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The name under which the access cmdlets bind -Role from a piped role.</summary>
    [JsonIgnore] public string RoleName => Name;

    [JsonIgnore] public int PermissionCount => Permissions.Count;

    /// <summary>The resource types this role grants anything on, for display.</summary>
    [JsonIgnore] public string ResourceTypes => string.Join(", ", Permissions.Select(p => p.ResourceType));

    internal string IdText => Id.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => Name;
}
