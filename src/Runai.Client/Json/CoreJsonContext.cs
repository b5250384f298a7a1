using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Runai.Client.Clusters;

namespace Runai.Client.Json;

/// <summary>Source-generated serialization for the foundation's types (no reflection, trimming-safe).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(Cluster))]
[JsonSerializable(typeof(List<Cluster>))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class CoreJsonContext : JsonSerializerContext
{
}
