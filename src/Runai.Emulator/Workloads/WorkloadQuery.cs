using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Runai.Emulator.Workloads;

/// <summary>filterBy / sortBy / search over rendered <c>Workload</c> objects, as GET /api/v1/workloads describes them.</summary>
public sealed partial class WorkloadQuery
{
    private static readonly string[] Fields =
    [
        "type", "name", "clusterId", "projectId", "projectName", "departmentId", "departmentName", "createdAt", "deletedAt",
        "submittedBy", "phase", "completedAt", "nodepool", "distributedFramework", "allocatedGPU", "idleGpus",
        "idleAllocatedGpus", "phaseUpdatedAt", "category", "totalPendingTimeSeconds", "totalRunningTimeSeconds", "priority",
        "priorityClassName", "guaranteedRuntimeEndsAt", "aiApplicationId", "aiApplicationName",
    ];

    private readonly List<(string Field, string Operator, string Value)> filters = [];
    private string? search;

    [GeneratedRegex(@"^(?<field>[A-Za-z]+)(?<op>==|!=|<=|>=|=@|!@|=\^|=\$)(?<value>.+)$")]
    private static partial Regex FilterPattern();

    /// <summary>Parses the filterBy values (comma-separated, explode=false, or repeated); null on success, else the error.</summary>
    public string? AddFilters(IEnumerable<string?> raw)
    {
        foreach (var part in raw.Where(r => !string.IsNullOrEmpty(r)).SelectMany(r => r!.Split(',')))
        {
            var match = FilterPattern().Match(part);
            if (!match.Success || !Fields.Contains(match.Groups["field"].Value, StringComparer.Ordinal))
                return $"Invalid filterBy '{part}': expected <field><operator><value> with a field of the workloads list.";
            filters.Add((match.Groups["field"].Value, match.Groups["op"].Value, match.Groups["value"].Value));
        }
        return null;
    }

    public void SetSearch(string? text) => search = string.IsNullOrEmpty(text) ? null : text;

    public static bool IsSortField(string field) => Fields.Contains(field, StringComparer.Ordinal);

    public bool Matches(JsonObject workload)
    {
        if (search is not null && !Value(workload, "name")!.Contains(search, StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var (field, op, expected) in filters)
        {
            if (!Compare(Value(workload, field), op, expected)) return false;
        }
        return true;
    }

    public static IComparer<JsonObject> SortBy(string field) =>
        Comparer<JsonObject>.Create((a, b) => CompareValues(Value(a, field), Value(b, field)));

    /// <summary>The value a filter or sort on <paramref name="field"/> sees (null when the workload has none).</summary>
    public static string? Value(JsonObject workload, string field) => field switch
    {
        "nodepool" => (workload["currentNodePools"] as JsonArray)?.FirstOrDefault()?.GetValue<string>()
                      ?? (workload["requestedNodePools"] as JsonArray)?.FirstOrDefault()?.GetValue<string>(),
        "allocatedGPU" => (workload["allocatedResources"] as JsonObject)?["gpu"]?.ToString(),
        _ => workload[field] is JsonValue value ? value.ToString() : null,
    };

    private static bool Compare(string? actual, string op, string expected)
    {
        if (actual is null) return op is "!=" or "!@";
        return op switch
        {
            "==" => CompareValues(actual, expected) == 0,
            "!=" => CompareValues(actual, expected) != 0,
            "<=" => CompareValues(actual, expected) <= 0,
            ">=" => CompareValues(actual, expected) >= 0,
            "=@" => actual.Contains(expected, StringComparison.OrdinalIgnoreCase),
            "!@" => !actual.Contains(expected, StringComparison.OrdinalIgnoreCase),
            "=^" => actual.StartsWith(expected, StringComparison.OrdinalIgnoreCase),
            "=$" => actual.EndsWith(expected, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>Numbers as numbers, timestamps as instants, everything else ordinal (names are case-sensitive in k8s).</summary>
    private static int CompareValues(string? a, string? b)
    {
        if (a is null || b is null) return a is null ? (b is null ? 0 : -1) : 1;
        const NumberStyles number = NumberStyles.Float;
        if (double.TryParse(a, number, CultureInfo.InvariantCulture, out var x) && double.TryParse(b, number, CultureInfo.InvariantCulture, out var y))
            return x.CompareTo(y);
        const DateTimeStyles date = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (a.Length >= 10 && b.Length >= 10 && a[4] == '-' && b[4] == '-'
            && DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, date, out var s) && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, date, out var t))
            return s.CompareTo(t);
        return string.CompareOrdinal(a, b);
    }
}
