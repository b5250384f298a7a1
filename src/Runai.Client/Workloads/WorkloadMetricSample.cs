using System;

namespace Runai.Client.Workloads;

/// <summary>
/// One sample of a metric time series, flattened from the contract's <c>MeasurementResponse</c> so a series is a stream
/// of rows (Export-Csv friendly): which workload, which metric, when, what value.
/// </summary>
public sealed class WorkloadMetricSample
{
    public string WorkloadId { get; set; } = "";
    public string? WorkloadName { get; set; }
    public string Type { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public double? Value { get; set; }
    /// <summary>The measurement's labels as <c>key=value</c> pairs (e.g. <c>gpu=0</c>), empty when none.</summary>
    public string Labels { get; set; } = "";

    public override string ToString() => $"{Type} {Timestamp:o} {Value}";
}
