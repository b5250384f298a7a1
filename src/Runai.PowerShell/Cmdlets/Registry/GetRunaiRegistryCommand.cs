using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Lists container registries by name (wildcards) or id.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiRegistry", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Asset))]
public sealed class GetRunaiRegistryCommand : GetAssetCmdlet
{
    protected override AssetFamily Family => AssetFamily.Registry;
}
