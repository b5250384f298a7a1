using System.Management.Automation;
using Runai.Client.DataVolumes;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>Lists data volumes (those originated in the caller's scopes) by name (wildcards) or id, optionally of one project; streams page by page.</summary>
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

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (!DataVolumeTargets.TryScope(this, connection, Project, out var projectId, out var scope)) return;
        var inProject = projectId is null ? null : new ResourceQuery().Where("projectId", "==", projectId);
        if (Id is not null)
        {
            ListWriter.WriteByIdOrName(this, connection.DataVolumes(), Id, null);
            return;
        }
        ListWriter.Write(this, connection.DataVolumes(), Name, inProject, scope: scope);
    }
}
