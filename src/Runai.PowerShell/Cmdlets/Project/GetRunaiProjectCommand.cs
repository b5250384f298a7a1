using System.Management.Automation;
using Runai.Client.Organization;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>Lists projects by name (wildcards), id, or department; streams page by page.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiProject", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Project))]
public sealed class GetRunaiProjectCommand : RunaiCmdlet
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";
    public const string ByDepartmentIdSet = "ByDepartmentId";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [Parameter(Position = 0, ParameterSetName = ByDepartmentIdSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet)]
    [Alias("ProjectId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>Only projects of this department (by name, in the selected cluster).</summary>
    [Parameter(ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DepartmentNameCompleter))]
    public string? Department { get; set; }

    /// <summary>Only projects of this department (by id); binds from piped departments.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ByDepartmentIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? DepartmentId { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var lookup = new OrganizationLookup(connection);
        var projects = connection.Projects();
        if (ParameterSetName == ByIdSet)
        {
            foreach (var project in TargetResolver.Resolve(this, projects, Id, null))
            {
                lookup.DecorateFromCache(project);
                WriteObject(project);
            }
            return;
        }

        var departmentId = DepartmentId;
        if (Department is not null)
        {
            if (!TryRun(ct => lookup.DepartmentAsync(Department, ct), Department, out var department)) return;
            departmentId = department.Id;
        }
        if (!TryPrepare(() => departmentId is null ? new ResourceQuery() : new ResourceQuery().Where("parentId", "==", departmentId),
                departmentId, out var query))
            return;
        ListWriter.Write(this, projects, Name, query, preparePage: lookup.DecorateAsync);
    }
}
