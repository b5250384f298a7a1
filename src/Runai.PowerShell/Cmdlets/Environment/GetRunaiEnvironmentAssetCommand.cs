using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Lists environment assets by name (wildcards) or id.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiEnvironmentAsset", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Asset))]
public sealed class GetRunaiEnvironmentAssetCommand : GetAssetCmdlet
{
    protected override AssetFamily Family => AssetFamily.Environment;
}
