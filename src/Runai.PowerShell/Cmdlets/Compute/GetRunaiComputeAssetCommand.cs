using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Lists compute assets by name (wildcards) or id.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiComputeAsset", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Asset))]
public sealed class GetRunaiComputeAssetCommand : GetAssetCmdlet
{
    protected override AssetFamily Family => AssetFamily.Compute;
}
