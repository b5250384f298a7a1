using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Deletes projects, by id (piped projects bind) or name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiProject", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiProjectCommand : RunaiCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("ProjectId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var projects = connection.Projects();
        foreach (var key in Id ?? Name!)
        {
            // Resolve first, so the confirmation names the project and an unknown one fails before any delete.
            if (!TryRun(ct => Id is not null ? projects.GetAsync(key, ct) : projects.ResolveAsync(key, connection.Cluster?.Uuid, ct), key, out var project))
                continue;
            if (!ShouldProcess($"project '{project.Name}' (id {project.Id})", "Remove")) continue;
            TryRun(ct => projects.DeleteAsync(project.Id, ct), key);
        }
    }
}
