namespace Runai.Emulator.Infrastructure;

/// <summary>
/// An amount of compute in the units of the contract's <c>QuotaStatusResource</c>: GPUs as devices (a fraction of a
/// device as that fraction), CPU in millicores, memory in MB.
/// </summary>
public readonly record struct ResourceAmounts(double Gpu, double CpuMillicores, double MemoryMegabytes)
{
    public static ResourceAmounts operator +(ResourceAmounts a, ResourceAmounts b) =>
        new(a.Gpu + b.Gpu, a.CpuMillicores + b.CpuMillicores, a.MemoryMegabytes + b.MemoryMegabytes);

    public static ResourceAmounts operator *(ResourceAmounts a, int count) =>
        new(a.Gpu * count, a.CpuMillicores * count, a.MemoryMegabytes * count);
}
