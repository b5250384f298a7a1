using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates an NFS data source: a server's exported path mounted in the workload.</summary>
[Cmdlet(VerbsCommon.New, "RunaiNfsDataSource", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiNfsDataSourceCommand : NewAssetCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Server { get; set; } = "";

    /// <summary>The path the server exports.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string MountPath { get; set; } = "";

    [Parameter]
    public SwitchParameter ReadOnly { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.Nfs;

    protected override JsonObject BuildSpec() =>
        new() { ["server"] = Server, ["path"] = Path, ["mountPath"] = MountPath, ["readOnly"] = ReadOnly.IsPresent };
}
