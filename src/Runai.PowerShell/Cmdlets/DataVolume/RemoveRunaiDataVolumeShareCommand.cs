using System.Management.Automation;
using Runai.Client.DataVolumes;

namespace Runai.PowerShell;

/// <summary>Stops sharing a data volume with clusters, departments or projects (the contract's sharedScopes <c>remove</c>).</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiDataVolumeShare", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(DataVolumeShare))]
public sealed class RemoveRunaiDataVolumeShareCommand : DataVolumeShareCmdlet
{
    /// <summary>Stops sharing without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override bool SkipConfirmation => Force;

    protected override bool Adding => false;
}
