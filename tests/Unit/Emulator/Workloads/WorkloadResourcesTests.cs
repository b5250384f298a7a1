using System.Text.Json.Nodes;
using Runai.Emulator.Workloads;

namespace Runai.Tests.Unit.Emulator.Workloads;

/// <summary>How a workload's compute request turns into the quota units the organization area reports.</summary>
public sealed class WorkloadResourcesTests
{
    [Theory]
    [InlineData("20M", 20e6)]
    [InlineData("1G", 1e9)]
    [InlineData("1.5G", 1.5e9)]
    [InlineData("512Mi", 512d * 1024 * 1024)]
    [InlineData("2Gi", 2d * 1024 * 1024 * 1024)]
    [InlineData("1e9", 1e9)]
    [InlineData("500m", 0.5)]
    [InlineData("1024", 1024)]
    public void Kubernetes_quantities_are_read_in_base_units(string text, double expected) =>
        Assert.Equal(expected, KubernetesQuantity.Parse(text)!.Value, 6);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("5GB")]
    [InlineData("3Qi")]
    public void What_is_not_a_quantity_reads_as_null(string? text) => Assert.Null(KubernetesQuantity.Parse(text));

    [Fact]
    public void Cpu_is_in_millicores_and_memory_in_megabytes()
    {
        var amounts = WorkloadResources.PerPod(new JsonObject { ["cpuCoreRequest"] = 1.5, ["cpuMemoryRequest"] = "512Mi" });

        Assert.Equal(0, amounts.Gpu);
        Assert.Equal(1500, amounts.CpuMillicores);
        Assert.Equal(536.870912, amounts.MemoryMegabytes, 6);
    }

    [Theory]
    [InlineData("""{"gpuDevicesRequest":2}""", 2)]
    [InlineData("""{"gpuRequestType":"portion","gpuPortionRequest":0.25}""", 0.25)]
    [InlineData("""{"gpuDevicesRequest":2,"gpuRequestType":"portion","gpuPortionRequest":0.5}""", 1)]
    [InlineData("""{"gpuDevicesRequest":1,"gpuRequestType":"memory","gpuMemoryRequest":"40Gi"}""", 0.5)]
    [InlineData("""{"gpuDevicesRequest":1,"gpuRequestType":"memory","gpuMemoryRequest":"200Gi"}""", 1)]
    [InlineData("""{"cpuCoreRequest":1}""", 0)]
    public void Gpus_are_devices_times_the_portion_or_the_share_of_a_devices_memory(string compute, double expected) =>
        Assert.Equal(expected, WorkloadResources.PerPod(JsonNode.Parse(compute)!.AsObject()).Gpu, 6);
}
