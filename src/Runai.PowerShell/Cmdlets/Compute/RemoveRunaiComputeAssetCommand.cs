using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Deletes compute assets by id (piped assets bind) or name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiComputeAsset", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiComputeAssetCommand : RemoveAssetCmdlet
{
    protected override AssetFamily Family => AssetFamily.Compute;
}
