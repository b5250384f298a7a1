using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Runai.Client.Resources;

/// <summary>
/// Reads the items of one list answer straight from its bytes: a bare array, or the array in the page's envelope
/// property; a dotted envelope (<c>accessRules.accessRules</c>) names an array inside nested objects.
/// </summary>
internal static class PageReader
{
    public static List<T>? Read<T>(byte[] json, string? envelope, JsonTypeInfo<List<T>> listType)
    {
        if (envelope is null) return JsonSerializer.Deserialize(json, listType);
        var reader = new Utf8JsonReader(json);
        var path = envelope.Split('.');
        if (!reader.Read()) throw new JsonException("A list page must be a JSON object.");
        for (var depth = 0; depth < path.Length; depth++)
        {
            if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A list page must be a JSON object.");
            if (!FindProperty(ref reader, path[depth])) throw new JsonException($"The list page has no '{envelope}' property.");
            if (depth == path.Length - 1)
                return reader.TokenType == JsonTokenType.Null ? new List<T>() : JsonSerializer.Deserialize(ref reader, listType);
        }
        throw new JsonException($"The list page has no '{envelope}' property.");
    }

    // Leaves the reader on the value of the property, or returns false at the end of the object.
    private static bool FindProperty(ref Utf8JsonReader reader, string name)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            if (!reader.Read()) return false;
            if (found) return true;
            reader.Skip();
        }
        return false;
    }
}
