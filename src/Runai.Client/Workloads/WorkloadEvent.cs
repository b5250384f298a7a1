using System;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Workloads;

/// <summary>The contract's <c>Event2</c>: one event of a workload.</summary>
[ContractSchema("Event2")]
public sealed class WorkloadEvent : RunaiModel
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("reason")] public string? Reason { get; set; }
    [JsonPropertyName("message")] public string Message { get; set; } = "";
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("clusterId")] public string? ClusterId { get; set; }
    [JsonPropertyName("involvedObject")] public InvolvedObject? InvolvedObject { get; set; }

    /// <summary>The workload the events were asked for (set by the client; not part of the answer).</summary>
    [JsonIgnore] public string? WorkloadName { get; set; }

    public override string ToString() => $"{Reason}: {Message}";
}

/// <summary>The contract's <c>InvolvedObject</c>.</summary>
[ContractSchema("InvolvedObject")]
public sealed class InvolvedObject : RunaiModel
{
    [JsonPropertyName("uid")] public string? Uid { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
}
