using System.Text.Json.Serialization;

namespace Runai.Client.Resources;

/// <summary>Source-generated serialization for the shapes every collection shares.</summary>
[JsonSerializable(typeof(CountAnswer))]
internal sealed partial class ResourceJsonContext : JsonSerializerContext
{
}

/// <summary>The contract's count answer (<c>{"count": n}</c>).</summary>
internal sealed class CountAnswer
{
    [JsonPropertyName("count")] public long Count { get; set; }
}
