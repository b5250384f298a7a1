using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates a host path data source: a directory of the node mounted in the workload.</summary>
[Cmdlet(VerbsCommon.New, "RunaiHostPathDataSource", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiHostPathDataSourceCommand : NewAssetCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string MountPath { get; set; } = "";

    [Parameter]
    public SwitchParameter ReadOnly { get; set; }

    [Parameter]
    [ValidateSet("None", "HostToContainer")]
    public string? MountPropagation { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.HostPath;

    protected override JsonObject BuildSpec()
    {
        var spec = new JsonObject { ["path"] = Path, ["mountPath"] = MountPath, ["readOnly"] = ReadOnly.IsPresent };
        Set(spec, "mountPropagation", MountPropagation);
        return spec;
    }
}
