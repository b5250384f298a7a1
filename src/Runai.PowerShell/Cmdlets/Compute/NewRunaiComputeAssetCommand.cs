using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates a compute asset: GPU devices, a GPU portion or GPU memory, CPU cores and memory.</summary>
[Cmdlet(VerbsCommon.New, "RunaiComputeAsset", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiComputeAssetCommand : NewAssetCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("GpuDevices")]
    [ValidateRange(0, 64)]
    public int? Gpu { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public double? GpuFraction { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? GpuMemory { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0.0, 4096.0)]
    public double? Cpu { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Memory { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0.0, 4096.0)]
    public double? CpuLimit { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? MemoryLimit { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.Compute;

    protected override JsonObject BuildSpec()
    {
        ComputeSpec.Validate(GpuFraction, GpuMemory, new[] { ("Cpu", Cpu), ("CpuLimit", CpuLimit) }, ("Memory", Memory), ("MemoryLimit", MemoryLimit));
        return ComputeSpec.Apply(new JsonObject(), Gpu ?? (GpuFraction is null && GpuMemory is null ? 0 : null), GpuFraction, GpuMemory, Cpu, Memory, CpuLimit,
            MemoryLimit);
    }
}
