using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Lists data sources of every kind (one request), or of the kinds given, by name (wildcards) or id.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiDataSource", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Asset))]
public sealed class GetRunaiDataSourceCommand : GetAssetCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("Pvc", "S3", "Git", "Nfs", "HostPath", "ConfigMap", "Secret")]
    public string[]? Kind { get; set; }

    protected override AssetFamily Family => AssetFamily.DataSource;
    protected override string[]? SelectedKinds => Kind;
}
