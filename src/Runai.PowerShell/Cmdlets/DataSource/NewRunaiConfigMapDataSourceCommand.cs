using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates a config map data source: a Kubernetes ConfigMap mounted in the workload.</summary>
[Cmdlet(VerbsCommon.New, "RunaiConfigMapDataSource", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiConfigMapDataSourceCommand : NewAssetCmdlet
{
    /// <summary>The ConfigMap's name in the cluster.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string ConfigMap { get; set; } = "";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string MountPath { get; set; } = "";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? SubPath { get; set; }

    /// <summary>File permissions as a 4-digit octal string, e.g. 0644.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePattern("^0[0-7]{3}$")]
    public string? DefaultMode { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.ConfigMap;

    protected override JsonObject BuildSpec()
    {
        var spec = new JsonObject { ["configMap"] = ConfigMap, ["mountPath"] = MountPath };
        Set(spec, "subPath", SubPath);
        Set(spec, "defaultMode", DefaultMode);
        return spec;
    }
}
