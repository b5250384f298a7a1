using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates a secret data source: a credential's Kubernetes secret mounted as files in the workload.</summary>
[Cmdlet(VerbsCommon.New, "RunaiSecretDataSource", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiSecretDataSourceCommand : NewAssetCmdlet
{
    /// <summary>The credential (of any kind), by name or id, whose secret is mounted.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string Credential { get; set; } = "";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string MountPath { get; set; } = "";

    /// <summary>File permissions as a 4-digit octal string, e.g. 0644.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePattern("^0[0-7]{3}$")]
    public string? DefaultMode { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.Secret;

    protected override JsonObject BuildSpec()
    {
        var spec = new JsonObject { ["mountPath"] = MountPath };
        Set(spec, "defaultMode", DefaultMode);
        return spec;
    }

    protected override async Task CompleteSpecAsync(RunaiConnection connection, JsonObject spec, CancellationToken ct) =>
        spec["credentialAssetId"] = (await connection.Assets(AssetFamily.Credential).ResolveAsync(Credential, null, ct).ConfigureAwait(false)).Id;
}
