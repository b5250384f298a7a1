using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Runai.Client.Resources;

/// <summary>Reads the items of one list answer straight from its bytes: a bare array, or the array in the page's envelope property.</summary>
internal static class PageReader
{
    public static List<T>? Read<T>(byte[] json, string? envelope, JsonTypeInfo<List<T>> listType)
    {
        if (envelope is null) return JsonSerializer.Deserialize(json, listType);
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A list page must be a JSON object.");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isItems = reader.ValueTextEquals(envelope);
            if (!reader.Read()) break;
            if (isItems) return reader.TokenType == JsonTokenType.Null ? new List<T>() : JsonSerializer.Deserialize(ref reader, listType);
            reader.Skip();
        }
        throw new JsonException($"The list page has no '{envelope}' property.");
    }
}
