using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Deletes environment assets by id (piped assets bind) or name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiEnvironmentAsset", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiEnvironmentAssetCommand : RemoveAssetCmdlet
{
    protected override AssetFamily Family => AssetFamily.Environment;
}
