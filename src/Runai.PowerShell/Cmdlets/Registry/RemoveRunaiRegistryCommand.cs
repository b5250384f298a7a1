using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Deletes container registries by id (piped registries bind) or name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiRegistry", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiRegistryCommand : RemoveAssetCmdlet
{
    protected override AssetFamily Family => AssetFamily.Registry;
}
