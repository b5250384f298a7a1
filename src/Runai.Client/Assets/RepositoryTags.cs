using System.Collections.Generic;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Assets;

/// <summary>The contract's <c>RepositoryTags</c>: one repository's tags.</summary>
[ContractSchema("RepositoryTags")]
public sealed class RepositoryTags : RunaiModel
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("tags")] public List<string> Tags { get; set; } = new();
}
