using System.Collections.Generic;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Access;

/// <summary>The contract's <c>Permission</c>: the actions granted on one resource type.</summary>
[ContractSchema("Permission")]
public sealed class Permission : RunaiModel
{
    [JsonPropertyName("resourceType")] public string ResourceType { get; set; } = "";
    [JsonPropertyName("displayName")] public string DisplayName { get; set; } = "";
    [JsonPropertyName("groupId")] public string GroupId { get; set; } = "";
    [JsonPropertyName("actions")] public List<string> Actions { get; set; } = new();

    public override string ToString() => $"{ResourceType}: {string.Join(", ", Actions)}";
}
