using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Workloads;

/// <summary>
/// What a workload's pods ask for, summed over its pods, from the <c>compute</c> section of its spec (the master of a
/// distributed workload from <c>masterSpec</c> when it has its own), in the contract's quota units.
/// </summary>
public static class WorkloadResources
{
    // The seeded nodes carry 80 GB GPUs (NodeCollection's A100-80GB; the metrics assume the same), so a GPU memory request
    // holds that share of a device.
    private const double GpuMemoryBytes = 80d * 1024 * 1024 * 1024;

    public static ResourceAmounts Of(WorkloadRecord workload)
    {
        var pods = WorkloadPods.Count(workload);
        var worker = PerPod(workload.Spec["compute"] as JsonObject);
        if (workload.Kind != WorkloadKind.Distributed) return worker * pods;
        var master = workload.MasterSpec is { } masterSpec && workload.MasterSpecSameAsWorker != true
            ? PerPod(masterSpec["compute"] as JsonObject)
            : worker;
        return worker * (pods - 1) + master;
    }

    /// <summary>One pod's request. GPUs: devices, times the portion when a portion is asked for, or times the share of
    /// a device's memory when GPU memory is; no GPU fields means no GPUs.</summary>
    public static ResourceAmounts PerPod(JsonObject? compute)
    {
        if (compute is null) return default;
        var devices = WorkloadViews.Number(compute["gpuDevicesRequest"]);
        var portion = WorkloadViews.Number(compute["gpuPortionRequest"]);
        var gpuMemory = KubernetesQuantity.Parse(WorkloadStore.Text(compute["gpuMemoryRequest"]));
        var gpu = portion is { } share ? (devices ?? 1) * share
            : gpuMemory is { } bytes ? (devices ?? 1) * Math.Min(1, bytes / GpuMemoryBytes)
            : devices ?? 0;
        var cpuMillicores = (WorkloadViews.Number(compute["cpuCoreRequest"]) ?? 0) * 1000;
        var memoryMegabytes = (KubernetesQuantity.Parse(WorkloadStore.Text(compute["cpuMemoryRequest"])) ?? 0) / 1e6;
        return new ResourceAmounts(gpu, cpuMillicores, memoryMegabytes);
    }
}
