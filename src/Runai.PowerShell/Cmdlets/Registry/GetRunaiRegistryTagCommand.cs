using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Lists the tags of one repository of a container registry, optionally those whose name contains -Search.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiRegistryTag")]
[OutputType(typeof(string))]
public sealed class GetRunaiRegistryTagCommand : RunaiCmdlet
{
    /// <summary>The registry, by name or id.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string Registry { get; set; } = "";

    /// <summary>The repository (as Get-RunaiRegistryRepository lists it); binds from piped repository names.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string Repository { get; set; } = "";

    /// <summary>Only tags that contain this text (the contract's <c>searchName</c>).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Search { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (!TryRun(async ct =>
            {
                var registry = await connection.Assets(AssetKinds.Registry).ResolveAsync(Registry, null, ct).ConfigureAwait(false);
                return await connection.TagsAsync(registry.Id, Repository, Search, ct).ConfigureAwait(false);
            }, Repository, out var tags)) return;
        foreach (var tag in tags) WriteObject(tag);
    }
}
