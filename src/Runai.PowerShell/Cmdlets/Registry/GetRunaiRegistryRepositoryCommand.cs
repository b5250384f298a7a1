using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Lists the repositories a container registry holds, optionally those whose name contains -Search.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiRegistryRepository")]
[OutputType(typeof(string))]
public sealed class GetRunaiRegistryRepositoryCommand : RunaiCmdlet
{
    /// <summary>The registry, by name or id; binds from a piped registry's Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string Registry { get; set; } = "";

    /// <summary>Only repositories whose name contains this text (the contract's <c>searchName</c>).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Search { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (!TryRun(async ct =>
            {
                var registry = await connection.Assets(AssetKinds.Registry).ResolveAsync(Registry, null, ct).ConfigureAwait(false);
                return await connection.RepositoriesAsync(registry.Id, Search, ct).ConfigureAwait(false);
            }, Registry, out var repositories)) return;
        foreach (var repository in repositories) WriteObject(repository);
    }
}
