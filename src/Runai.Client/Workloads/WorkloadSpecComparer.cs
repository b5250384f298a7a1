using System;
using System.Globalization;
using System.Linq;
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
                for (var i = 0; i < wantedItems.Count; i++)
                {
                    if (FirstDifference(wantedItems[i], haveItems[i], $"{path}[{i}]") is { } difference) return difference;
                }
                return null;
            default:
                return SameValue(requested, actual) ? null : $"{path} is {Show(actual)}, not {Show(requested)}";
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

    private static string Show(JsonNode? node) => node is null ? "absent" : node.ToJsonString();
}
