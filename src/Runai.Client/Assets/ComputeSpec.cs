using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Runai.Client.Assets;

/// <summary>
/// The contract's compute fields (a compute asset's spec and a workload's <c>spec.compute</c> share them) from the
/// parameters people set: whole GPUs, a GPU portion or GPU memory, CPU cores and memory.
/// </summary>
public static class ComputeSpec
{
    private static readonly Regex Quantity = new(@"^([+]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)\z", RegexOptions.CultureInvariant); // \z: no final line break

    /// <summary>
    /// Refuses what the control plane would: a number that is not finite, a portion outside (0, 1], portion and
    /// memory together, a bad quantity.
    /// </summary>
    public static void Validate(double? gpuFraction, string? gpuMemory, (string Label, double? Value)[] numbers,
        params (string Label, string? Value)[] quantities)
    {
        FiniteNumbers.Check(new[] { ("GpuFraction", gpuFraction) }.Concat(numbers).ToArray());
        if (gpuFraction is { } fraction && (fraction <= 0 || fraction > 1))
            throw new RunaiInvalidValueException(InvalidValueKind.Value, fraction, $"GpuFraction {fraction} must be greater than 0 and at most 1.");
        if (gpuFraction is not null && gpuMemory is not null)
            throw new RunaiInvalidValueException(InvalidValueKind.Value, gpuMemory,
                "GpuFraction and GpuMemory cannot both be given: a GPU is requested either as a portion or as memory.");
        foreach (var (label, value) in new[] { ("GpuMemory", gpuMemory) }.Concat(quantities))
        {
            if (value is not null && !Quantity.IsMatch(value))
                throw new RunaiInvalidValueException(InvalidValueKind.Quantity, value, $"{label} '{value}' is not a Kubernetes quantity such as 8G or 512Mi.");
        }
    }

    /// <summary>The compute asset spec fields a workload's <c>spec.compute</c> has too.</summary>
    private static readonly string[] WorkloadFields =
    {
        "gpuDevicesRequest", "gpuRequestType", "gpuPortionRequest", "gpuPortionLimit", "gpuMemoryRequest", "gpuMemoryLimit",
        "cpuCoreRequest", "cpuCoreLimit", "cpuMemoryRequest", "cpuMemoryLimit", "largeShmRequest", "extendedResources",
    };

    /// <summary>A compute asset's fields as a workload's <c>spec.compute</c> takes them.</summary>
    public static JsonObject ToWorkloadCompute(JsonObject assetSpec)
    {
        var compute = new JsonObject();
        foreach (var field in WorkloadFields)
        {
            if (assetSpec[field] is { } value) compute[field] = value.DeepClone();
        }
        return compute;
    }

    /// <summary>Writes the given values over <paramref name="compute"/>; a portion or memory request implies one device unless given.</summary>
    public static JsonObject Apply(JsonObject compute, int? gpu, double? gpuFraction, string? gpuMemory, double? cpu, string? memory,
        double? cpuLimit = null, string? memoryLimit = null)
    {
        if (gpu is { } devices) compute["gpuDevicesRequest"] = devices;
        if (gpuFraction is { } fraction)
        {
            compute["gpuRequestType"] = "portion";
            compute["gpuPortionRequest"] = fraction;
            compute.Remove("gpuMemoryRequest");
            if (compute["gpuDevicesRequest"] is null) compute["gpuDevicesRequest"] = 1;
        }
        if (gpuMemory is not null)
        {
            compute["gpuRequestType"] = "memory";
            compute["gpuMemoryRequest"] = gpuMemory;
            compute.Remove("gpuPortionRequest");
            if (compute["gpuDevicesRequest"] is null) compute["gpuDevicesRequest"] = 1;
        }
        if (cpu is { } cores) compute["cpuCoreRequest"] = cores;
        if (memory is not null) compute["cpuMemoryRequest"] = memory;
        if (cpuLimit is { } limit) compute["cpuCoreLimit"] = limit;
        if (memoryLimit is not null) compute["cpuMemoryLimit"] = memoryLimit;
        return compute;
    }
}
