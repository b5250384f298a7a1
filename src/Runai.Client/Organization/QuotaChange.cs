namespace Runai.Client.Organization;

/// <summary>
/// What the user asked to change in one node pool's quota; null means "leave as it is". GPUs in devices, CPU in
/// millicores, memory in the contract's units (see <see cref="Quantity"/>).
/// </summary>
public sealed class QuotaChange
{
    public NodePoolReference NodePool { get; set; } = new();
    public double? Gpu { get; set; }
    public double? GpuLimit { get; set; }
    public double? OverQuotaWeight { get; set; }
    public double? CpuMillicores { get; set; }
    public double? CpuLimitMillicores { get; set; }
    public (double Value, string Units)? Memory { get; set; }
    public (double Value, string Units)? MemoryLimit { get; set; }

    public bool IsEmpty =>
        Gpu is null && GpuLimit is null && OverQuotaWeight is null && CpuMillicores is null && CpuLimitMillicores is null
        && Memory is null && MemoryLimit is null;
}
