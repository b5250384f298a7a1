using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Changes a compute asset's name, description or resources; the others are kept.</summary>
[Cmdlet(VerbsCommon.Set, "RunaiComputeAsset", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class SetRunaiComputeAssetCommand : SetAssetCmdlet
{
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? NewName { get; set; }

    [Parameter]
    [Alias("GpuDevices")]
    [ValidateRange(0, 64)]
    public int? Gpu { get; set; }

    [Parameter]
    public double? GpuFraction { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? GpuMemory { get; set; }

    [Parameter]
    [ValidateRange(0.0, 4096.0)]
    public double? Cpu { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Memory { get; set; }

    protected override AssetFamily Family => AssetFamily.Compute;
    protected override string? RequestedName => NewName;

    protected override JsonObject? SpecChanges()
    {
        ComputeSpec.Validate(GpuFraction, GpuMemory, new[] { ("Cpu", Cpu) }, ("Memory", Memory));
        var changes = ComputeSpec.Apply(new JsonObject(), Gpu, GpuFraction, GpuMemory, Cpu, Memory);
        // A portion replaces a memory request and the other way round: the one not asked for is cleared.
        if (GpuFraction is not null) changes["gpuMemoryRequest"] = null;
        if (GpuMemory is not null) changes["gpuPortionRequest"] = null;
        return changes;
    }
}
