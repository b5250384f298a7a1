using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runai.Client.Workloads;

/// <summary>
/// Whether an existing workload's spec is what a request asked for. Every field the request sets must be equal in the
/// existing spec; fields only the existing one has (defaults the control plane filled in) do not count as differences.
/// </summary>
public static class WorkloadSpecComparer
{
    public static string? FirstDifference(JsonNode? requested, JsonNode? actual, string path)
    {
        switch (requested)
        {
            case null:
                return null;
            case JsonObject wanted:
                if (actual is not JsonObject have) return $"{path} is missing";
                foreach (var property in wanted)
                {
                    if (FirstDifference(property.Value, have[property.Key], path + "." + property.Key) is { } difference) return difference;
                }
                return null;
            case JsonArray wantedItems:
                if (actual is not JsonArray haveItems || haveItems.Count != wantedItems.Count) return $"{path} differs";
                if (ByName(wantedItems) is { } wantedByName && ByName(haveItems) is { } haveByName)
                {
                    // Name/value lists (environment variables, labels) match by name: their order carries no meaning.
                    foreach (var pair in wantedByName)
                    {
                        var itemPath = $"{path}[{pair.Key}]";
                        if (!haveByName.TryGetValue(pair.Key, out var haveItem)) return $"{itemPath} is missing";
                        if (FirstDifference(pair.Value, haveItem, itemPath) is { } difference) return difference;
                    }
                    return null;
                }
                for (var i = 0; i < wantedItems.Count; i++)
                {
                    if (FirstDifference(wantedItems[i], haveItems[i], $"{path}[{i}]") is { } difference) return difference;
                }
                return null;
            default:
                if (SameValue(requested, actual)) return null;
                // Never echo values that may be secrets (a password's value, a token) into an error message.
                return Diagnostics.Redactor.IsSecretName(path) ? $"{path} differs" : $"{path} is {Show(actual)}, not {Show(requested)}";
        }
    }

    private static bool SameValue(JsonNode wanted, JsonNode? actual)
    {
        if (actual is null) return false;
        var a = wanted.GetValueKind();
        var b = actual.GetValueKind();
        if (a == JsonValueKind.Number && b == JsonValueKind.Number)
            return double.Parse(wanted.ToJsonString(), CultureInfo.InvariantCulture) == double.Parse(actual.ToJsonString(), CultureInfo.InvariantCulture);
        return a == b && wanted.ToJsonString() == actual.ToJsonString();
    }

    /// <summary>The items keyed by their "name" when every item is an object with a distinct string name; else null.</summary>
    private static System.Collections.Generic.Dictionary<string, JsonNode>? ByName(JsonArray items)
    {
        var result = new System.Collections.Generic.Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not JsonObject o || o["name"] is not JsonValue n || !n.TryGetValue<string>(out var name) || result.ContainsKey(name)) return null;
            result[name] = o;
        }
        return result.Count > 0 ? result : null;
    }

    private static string Show(JsonNode? node) => node is null ? "absent" : node.ToJsonString();
}
