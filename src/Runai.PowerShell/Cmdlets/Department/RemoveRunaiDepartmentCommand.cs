using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Deletes departments (which must have no projects left), by id (piped departments bind) or name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiDepartment", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiDepartmentCommand : RunaiCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("DepartmentId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var departments = connection.Departments();
        foreach (var key in Id ?? Name!)
        {
            // Resolve first, so the confirmation names the department and an unknown one fails before any delete.
            if (!TryRun(ct => Id is not null ? departments.GetAsync(key, ct) : departments.ResolveAsync(key, connection.Cluster?.Uuid, ct), key, out var department))
                continue;
            if (!ShouldProcess($"department '{department.Name}' (id {department.Id})", "Remove")) continue;
            TryRun(ct => departments.DeleteAsync(department.Id, ct), key);
        }
    }
}
