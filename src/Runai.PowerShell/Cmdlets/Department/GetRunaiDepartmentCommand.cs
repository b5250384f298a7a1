using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Lists departments by name (wildcards) or id; streams page by page.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiDepartment", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Department))]
public sealed class GetRunaiDepartmentCommand : RunaiCmdlet
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DepartmentNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet)]
    [Alias("DepartmentId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var lookup = new OrganizationLookup(connection);
        var departments = connection.Departments();
        if (ParameterSetName == ByIdSet)
        {
            foreach (var department in TargetResolver.Resolve(this, departments, Id, null))
            {
                lookup.DecorateFromCache(department);
                WriteObject(department);
            }
            return;
        }
        ListWriter.Write(this, departments, Name, preparePage: lookup.DecorateAsync);
    }
}
