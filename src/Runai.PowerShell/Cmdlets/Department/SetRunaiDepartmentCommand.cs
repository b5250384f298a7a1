using System.Management.Automation;
using Runai.Client;
using Runai.Client.Organization;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>
/// Changes only the given settings of a department: reads it, merges the change, writes it back (every field the module
/// does not model is kept). Returns the department with -PassThru.
/// </summary>
[Cmdlet(VerbsCommon.Set, "RunaiDepartment", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Runai.Client.Organization.Department))]
public sealed class SetRunaiDepartmentCommand : SetOrgUnitCmdlet<Runai.Client.Organization.Department>
{
    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("DepartmentId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DepartmentNameCompleter))]
    public string? Name { get; set; }

    protected override string? UnitId => Id;
    protected override string? UnitName => Name;
    internal override ResourceClient<Runai.Client.Organization.Department> Client(RunaiConnection connection) => connection.Departments();
}
