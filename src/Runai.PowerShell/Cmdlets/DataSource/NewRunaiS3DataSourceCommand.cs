using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates an S3 data source: a bucket mounted at a path, private ones with an access key credential by name.</summary>
[Cmdlet(VerbsCommon.New, "RunaiS3DataSource", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiS3DataSourceCommand : NewAssetCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Bucket { get; set; } = "";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    /// <summary>The S3 service; the default is AWS.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Url { get; set; }

    /// <summary>An access key credential, by name or id, for a private bucket.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? AccessKey { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.S3;

    protected override JsonObject BuildSpec()
    {
        var spec = new JsonObject { ["bucket"] = Bucket, ["path"] = Path };
        Set(spec, "url", Url);
        return spec;
    }

    protected override async Task CompleteSpecAsync(RunaiConnection connection, JsonObject spec, CancellationToken ct)
    {
        if (AccessKey is not null) spec["accessKeyAssetId"] = (await connection.Assets(AssetKinds.AccessKey).ResolveAsync(AccessKey, null, ct).ConfigureAwait(false)).Id;
    }
}
