using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates a Git data source: a repository (branch or revision) synchronised to a path; private ones with a password credential.</summary>
[Cmdlet(VerbsCommon.New, "RunaiGitDataSource", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiGitDataSourceCommand : NewAssetCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Repository { get; set; } = "";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Branch { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Revision { get; set; }

    /// <summary>A password credential, by name or id, for a private repository.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string? Credential { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.Git;

    protected override JsonObject BuildSpec()
    {
        var spec = new JsonObject { ["repository"] = Repository, ["path"] = Path };
        Set(spec, "branch", Branch);
        Set(spec, "revision", Revision);
        return spec;
    }

    protected override async Task CompleteSpecAsync(RunaiConnection connection, JsonObject spec, CancellationToken ct)
    {
        if (Credential is not null) spec["passwordAssetId"] = (await connection.Assets(AssetKinds.Password).ResolveAsync(Credential, null, ct).ConfigureAwait(false)).Id;
    }
}
