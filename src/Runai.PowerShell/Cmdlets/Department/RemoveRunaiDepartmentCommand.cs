using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Deletes departments, by id (piped departments bind) or name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiDepartment", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiDepartmentCommand : RemoveCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("DepartmentId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DepartmentNameCompleter))]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var departments = connection.Departments();
        foreach (var unit in TargetResolver.Resolve(this, departments, Id, Name, connection.Cluster?.Uuid))
            Changes.Submit($"department '{unit.Name}' (id {unit.Id})", "Remove", unit, ct => departments.DeleteAsync(unit.Id, ct));
    }
}
