using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Deletes projects, by id (piped projects bind) or name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiProject", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiProjectCommand : RemoveCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("ProjectId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var projects = connection.Projects();
        foreach (var unit in TargetResolver.Resolve(this, projects, Id, Name, connection.Cluster?.Uuid))
            Changes.Submit($"project '{unit.Name}' (id {unit.Id})", "Remove", unit, ct => projects.DeleteAsync(unit.Id, ct));
    }
}
