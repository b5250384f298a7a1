using System.Linq;
using System.Management.Automation;
using Runai.Client.DataVolumes;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>
/// Lists data volumes (those originated in the caller's scopes, or those one project can use) by name (wildcards) or id,
/// optionally of one project; streams page by page.
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunaiDataVolume", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(DataVolume))]
public sealed class GetRunaiDataVolumeCommand : RunaiCmdlet
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataVolumeNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("DataVolumeId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>Only the data volumes of this project (name or id).</summary>
    [Parameter(ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    /// <summary>Instead: the data volumes this project (name or id) can use: its own, and those shared with it, its department or its cluster.</summary>
    [Parameter(ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? UsableInProject { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (!DataVolumeTargets.TryScope(this, connection, Project, out var projectId, out var scope)) return;
        if (!DataVolumeTargets.TryScope(this, connection, UsableInProject, out var usableIn, out var usableScope)) return;
        if (Id is not null)
        {
            ListWriter.WriteByIdOrName(this, connection.DataVolumes(), Id, null);
            return;
        }
        var query = projectId is null ? null : new ResourceQuery().Where("projectId", "==", projectId);
        if (usableIn is not null) query = DataVolumeResource.UsableInProject(usableIn, query);
        var words = string.Join(" and ", new[] { scope, usableScope is null ? null : "usable " + usableScope }.Where(w => w is not null));
        ListWriter.Write(this, connection.DataVolumes(), Name, query, scope: words.Length == 0 ? null : words);
    }
}
