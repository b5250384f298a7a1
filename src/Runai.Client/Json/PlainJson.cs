using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runai.Client.Json;

/// <summary>
/// JSON the models keep as it came (unknown fields, free-form objects) as plain .NET values — string, long, double,
/// bool, a dictionary, an array — so that PowerShell shows, filters and re-serialises (ConvertTo-Json) the values
/// rather than a JsonElement's ValueKind. The one place a model turns raw JSON into what it shows.
/// </summary>
public static class PlainJson
{
    /// <summary>An element as a plain value; null for JSON null or an absent element.</summary>
    public static object? ToPlain(JsonElement? element)
    {
        if (element is not { } e) return null;
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in e.EnumerateObject()) result[property.Name] = ToPlain(property.Value);
                return result;
            }
            case JsonValueKind.Array:
            {
                var list = new List<object?>();
                foreach (var item in e.EnumerateArray()) list.Add(ToPlain(item));
                return list.ToArray();
            }
            case JsonValueKind.String: return e.GetString();
            case JsonValueKind.Number:
                if (e.TryGetInt64(out var whole)) return whole;
                return e.GetDouble();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            default: return null;
        }
    }

    /// <summary>Extension data (fields a model does not declare) as a dictionary of plain values.</summary>
    public static IDictionary<string, object?>? ToPlain(IDictionary<string, JsonElement>? fields)
    {
        if (fields is null) return null;
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in fields) result[pair.Key] = ToPlain(pair.Value);
        return result;
    }

    /// <summary>A node (parsed or built in code) as a plain value; null for JSON null.</summary>
    public static object? ToPlain(JsonNode? node)
    {
        switch (node)
        {
            case null: return null;
            case JsonObject obj:
            {
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var pair in obj) result[pair.Key] = ToPlain(pair.Value);
                return result;
            }
            case JsonArray array:
            {
                var list = new List<object?>();
                foreach (var item in array) list.Add(ToPlain(item));
                return list.ToArray();
            }
            default:
                var value = node.AsValue();
                return value.TryGetValue<JsonElement>(out var element) ? ToPlain(element) : value.GetValue<object>();
        }
    }
}
