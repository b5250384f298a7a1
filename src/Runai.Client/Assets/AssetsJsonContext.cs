using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Runai.Client.Assets;

/// <summary>Source-generated serialization for the asset types.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Asset))]
[JsonSerializable(typeof(List<Asset>))]
[JsonSerializable(typeof(WorkloadTemplate))]
[JsonSerializable(typeof(RegistryRepositories))]
[JsonSerializable(typeof(RepositoryTags))]
[JsonSerializable(typeof(List<WorkloadTemplate>))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class AssetsJsonContext : JsonSerializerContext
{
}
