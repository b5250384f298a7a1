using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Workloads;

/// <summary>Envelopes of the workload sub-lists (pods, events).</summary>
internal sealed class WorkloadPodListResponse
{
    [JsonPropertyName("pods")] public List<WorkloadPod>? Pods { get; set; }
    [JsonPropertyName("next")] public int? Next { get; set; }
}

internal sealed class WorkloadEventListResponse
{
    [JsonPropertyName("events")] public List<WorkloadEvent>? Events { get; set; }
    [JsonPropertyName("next")] public int? Next { get; set; }
}

/// <summary>The contract's <c>MetricsCompositeResponse</c> / <c>MetricsResponse</c> (measurements only).</summary>
[ContractSchema("MetricsResponse")]
[ContractSchema("MetricsCompositeResponse")]
internal sealed class WorkloadMetricsResponse
{
    [JsonPropertyName("measurements")] public List<Measurement>? Measurements { get; set; }
}

[ContractSchema("MeasurementResponse")]
internal sealed class Measurement
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("labels")] public Dictionary<string, string>? Labels { get; set; }
    [JsonPropertyName("values")] public List<MeasurementValue>? Values { get; set; }
}

[ContractSchema("MeasurementResponse.values")]
internal sealed class MeasurementValue
{
    [JsonPropertyName("value")] public string? Value { get; set; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; set; }
}
