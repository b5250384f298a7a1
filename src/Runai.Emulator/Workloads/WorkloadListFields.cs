using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runai.Emulator.Workloads;

/// <summary>The filterBy/sortBy fields of GET /api/v1/workloads, read from rendered <c>Workload</c> objects; and the
/// fields of the pods and events lists.</summary>
public static class WorkloadListFields
{
    private static readonly string[] SummaryFields =
    [
        "type", "name", "clusterId", "projectId", "projectName", "departmentId", "departmentName", "createdAt", "deletedAt",
        "submittedBy", "phase", "completedAt", "distributedFramework", "idleGpus",
        "idleAllocatedGpus", "phaseUpdatedAt", "category", "totalPendingTimeSeconds", "totalRunningTimeSeconds", "priority",
        "priorityClassName", "guaranteedRuntimeEndsAt", "aiApplicationId", "aiApplicationName",
    ];

    public static readonly IReadOnlyDictionary<string, Func<JsonObject, object?>> Workloads = BuildWorkloads();

    /// <summary>Pods are only searched by name.</summary>
    public static readonly IReadOnlyDictionary<string, Func<JsonObject, object?>> Pods =
        new Dictionary<string, Func<JsonObject, object?>> { ["name"] = p => ValueOf(p["name"]) };

    /// <summary>Events are only paged and ordered.</summary>
    public static readonly IReadOnlyDictionary<string, Func<JsonObject, object?>> Events = new Dictionary<string, Func<JsonObject, object?>>();

    private static Dictionary<string, Func<JsonObject, object?>> BuildWorkloads()
    {
        var fields = SummaryFields.ToDictionary(field => field, field => (Func<JsonObject, object?>)(w => ValueOf(w[field])));
        fields["nodepool"] = w => ValueOf((w["currentNodePools"] as JsonArray)?.FirstOrDefault() ?? (w["requestedNodePools"] as JsonArray)?.FirstOrDefault());
        fields["allocatedGPU"] = w => ValueOf((w["allocatedResources"] as JsonObject)?["gpu"]);
        return fields;
    }

    /// <summary>A JSON value as the list query compares it: numbers as numbers, timestamps as instants.</summary>
    private static object? ValueOf(JsonNode? node)
    {
        if (node is not JsonValue value) return null;
        switch (value.GetValueKind())
        {
            case JsonValueKind.Number: return value.GetValue<double>();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.String:
                var text = value.GetValue<string>();
                const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
                return text.Length >= 10 && text[4] == '-' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, utc, out var time) ? time : text;
            default: return null;
        }
    }
}
