using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Deletes data sources of any kind: piped data sources bind -Id and -Kind; or by name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiDataSource", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiDataSourceCommand : RemoveAssetCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("Pvc", "S3", "Git", "Nfs", "HostPath", "ConfigMap", "Secret")]
    public string[]? Kind { get; set; }

    protected override AssetFamily Family => AssetFamily.DataSource;
    protected override string[]? SelectedKinds => Kind;
}
