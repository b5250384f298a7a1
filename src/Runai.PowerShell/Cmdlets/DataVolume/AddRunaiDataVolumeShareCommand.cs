using System.Management.Automation;
using Runai.Client.DataVolumes;

namespace Runai.PowerShell;

/// <summary>Shares a data volume with clusters, departments or projects (the contract's sharedScopes <c>add</c>).</summary>
[Cmdlet(VerbsCommon.Add, "RunaiDataVolumeShare", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(DataVolumeShare))]
public sealed class AddRunaiDataVolumeShareCommand : DataVolumeShareCmdlet
{
    protected override bool Adding => true;
}
