using System;
using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>
/// Metric time series of workloads, one object per sample (WorkloadName, Type, Timestamp, Value, Labels), ready for
/// Export-Csv. The range defaults to the workload's lifetime up to now (at most the last 24 hours).
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunaiWorkloadMetric", DefaultParameterSetName = ObjectSet)]
[OutputType(typeof(WorkloadMetricSample))]
public sealed class GetRunaiWorkloadMetricCommand : WorkloadTargetCmdlet
{
    /// <summary>The metrics; THROUGHPUT and LATENCY are for inference workloads.</summary>
    [Parameter(Mandatory = true)]
    [ValidateSet("GPU_UTILIZATION", "GPU_MEMORY_USAGE_BYTES", "GPU_MEMORY_REQUEST_BYTES", "CPU_USAGE_CORES", "CPU_REQUEST_CORES",
        "CPU_LIMIT_CORES", "CPU_MEMORY_USAGE_BYTES", "CPU_MEMORY_REQUEST_BYTES", "CPU_MEMORY_LIMIT_BYTES", "POD_COUNT",
        "RUNNING_POD_COUNT", "GPU_ALLOCATION", "NIM_NUM_REQUESTS_RUNNING", "NIM_NUM_REQUESTS_WAITING", "NIM_NUM_REQUEST_MAX",
        "NIM_REQUEST_SUCCESS_TOTAL", "NIM_REQUEST_FAILURE_TOTAL", "NIM_GPU_CACHE_USAGE_PERC", "NIM_TIME_TO_FIRST_TOKEN_SECONDS",
        "NIM_E2E_REQUEST_LATENCY_SECONDS", "NVLINK_BANDWIDTH_TOTAL", "THROUGHPUT", "LATENCY")]
    public string[]? Type { get; set; }

    [Parameter]
    public DateTime? Start { get; set; }

    [Parameter]
    public DateTime? End { get; set; }

    /// <summary>Samples per series (the contract allows up to 1000; default 20).</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int? Samples { get; set; }

    protected override void ProcessRecord()
    {
        var client = RequireConnection().Workloads();
        var end = End is { } e ? new DateTimeOffset(e.ToUniversalTime()) : DateTimeOffset.UtcNow;
        if (Start is { } s && new DateTimeOffset(s.ToUniversalTime()) > end)
        {
            WriteInputError($"Start {s:o} is after End {end:o}.", ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, Start);
            return;
        }
        foreach (var workload in ResolveTargets(client))
        {
            var start = Start is { } given ? new DateTimeOffset(given.ToUniversalTime())
                : workload.CreatedAt is { } created && created > end.AddDays(-1) && created < end ? created : end.AddHours(-1);
            if (TryRun(ct => client.GetMetricsAsync(workload, Type!, start, end, Samples, ct), workload, out var samples))
                WriteObject(samples, enumerateCollection: true);
        }
    }
}
