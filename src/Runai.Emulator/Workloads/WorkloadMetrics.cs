using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Workloads;

/// <summary>
/// Deterministic metric time series: a sample is zero while the workload was not running at that instant, otherwise a
/// smooth wave derived from the workload id and metric type (repeatable across reads, plausible in a chart).
/// </summary>
public static class WorkloadMetrics
{
    public static readonly IReadOnlySet<string> WorkloadTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "GPU_UTILIZATION", "GPU_MEMORY_USAGE_BYTES", "GPU_MEMORY_REQUEST_BYTES", "CPU_USAGE_CORES", "CPU_REQUEST_CORES",
        "CPU_LIMIT_CORES", "CPU_MEMORY_USAGE_BYTES", "CPU_MEMORY_REQUEST_BYTES", "CPU_MEMORY_LIMIT_BYTES", "POD_COUNT",
        "RUNNING_POD_COUNT", "GPU_ALLOCATION", "NIM_NUM_REQUESTS_RUNNING", "NIM_NUM_REQUESTS_WAITING", "NIM_NUM_REQUEST_MAX",
        "NIM_REQUEST_SUCCESS_TOTAL", "NIM_REQUEST_FAILURE_TOTAL", "NIM_GPU_CACHE_USAGE_PERC", "NIM_TIME_TO_FIRST_TOKEN_SECONDS",
        "NIM_E2E_REQUEST_LATENCY_SECONDS", "NIM_TIME_TO_FIRST_TOKEN_SECONDS_PERCENTILES",
        "NIM_E2E_REQUEST_LATENCY_SECONDS_PERCENTILES", "NVLINK_BANDWIDTH_TOTAL",
    };

    public static readonly IReadOnlySet<string> InferenceTypes = new HashSet<string>(StringComparer.Ordinal) { "THROUGHPUT", "LATENCY" };

    private const double GiB = 1024d * 1024 * 1024;

    /// <summary><paramref name="samples"/> evenly spaced samples from start to end (inclusive) per requested type.</summary>
    public static JsonObject Series(WorkloadRecord workload, IEnumerable<string> types, DateTimeOffset start, DateTimeOffset end, int samples)
    {
        var measurements = new JsonArray();
        foreach (var type in types)
        {
            var values = new JsonArray();
            for (var i = 0; i < samples; i++)
            {
                var at = samples == 1 ? end : start + (end - start) * i / (samples - 1);
                values.Add(new JsonObject
                {
                    ["value"] = Value(workload, type, at).ToString("0.###", CultureInfo.InvariantCulture),
                    ["timestamp"] = JsonBody.Timestamp(at),
                });
            }
            measurements.Add(new JsonObject { ["type"] = type, ["values"] = values });
        }
        return new JsonObject { ["measurements"] = measurements };
    }

    private static double Value(WorkloadRecord workload, string type, DateTimeOffset at)
    {
        if (at < workload.CreatedAt || WorkloadLifecycle.PhaseAt(workload, at) != "Running") return 0;
        var pods = WorkloadPods.Count(workload);
        var gpus = (WorkloadViews.Number((workload.Spec["compute"] as JsonObject)?["gpuDevicesRequest"]) ?? 1) * pods;
        // Phase offset from the id so different workloads do not draw the same curve.
        var wave = 0.5 + 0.5 * Math.Sin(at.ToUnixTimeMilliseconds() / 7000d + (workload.Id.GetHashCode() & 0xFFFF) / 1000d + type.Length);
        return type switch
        {
            "GPU_UTILIZATION" => 55 + 40 * wave,
            "GPU_MEMORY_USAGE_BYTES" => gpus * (20 + 40 * wave) * GiB,
            "GPU_MEMORY_REQUEST_BYTES" => gpus * 80 * GiB,
            "CPU_USAGE_CORES" => pods * (0.5 + 3 * wave),
            "CPU_REQUEST_CORES" or "CPU_LIMIT_CORES" => pods * 4,
            "CPU_MEMORY_USAGE_BYTES" => pods * (2 + 6 * wave) * GiB,
            "CPU_MEMORY_REQUEST_BYTES" or "CPU_MEMORY_LIMIT_BYTES" => pods * 8 * GiB,
            "POD_COUNT" or "RUNNING_POD_COUNT" => pods,
            "GPU_ALLOCATION" => gpus,
            "THROUGHPUT" => 20 + 80 * wave,
            "LATENCY" => 0.05 + 0.2 * wave,
            _ => 100 * wave,
        };
    }
}
