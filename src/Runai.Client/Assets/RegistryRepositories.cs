using System.Collections.Generic;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Assets;

/// <summary>The contract's <c>Repositories</c>: the repository names a registry holds.</summary>
[ContractSchema("Repositories")]
public sealed class RegistryRepositories : RunaiModel
{
    [JsonPropertyName("repositories")] public List<string> Repositories { get; set; } = new();
}
