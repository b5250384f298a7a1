using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Lists projects by name (wildcards), id, or department; streams page by page.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiProject", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Runai.Client.Organization.Project))]
public sealed class GetRunaiProjectCommand : OrganizationListCmdlet
{
    // Shared by all pipeline items, so a CSV of many rows resolves each department and node pool once.
    private OrganizationLookup? lookup;

    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";
    public const string ByDepartmentIdSet = "ByDepartmentId";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [Parameter(Position = 0, ParameterSetName = ByDepartmentIdSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet)]
    [Alias("ProjectId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>Only projects of this department (by name, in the selected cluster).</summary>
    [Parameter(ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    public string? Department { get; set; }

    /// <summary>Only projects of this department (by id); binds from piped departments.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ByDepartmentIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? DepartmentId { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var lookup = this.lookup ??= new OrganizationLookup(connection);
        var projects = connection.Projects();
        if (ParameterSetName == ByIdSet)
        {
            foreach (var id in Id!)
            {
                if (TryRun(async ct =>
                    {
                        var project = await projects.GetAsync(id, ct).ConfigureAwait(false);
                        await lookup.DecorateAsync(project, ct).ConfigureAwait(false);
                        return project;
                    }, id, out var found))
                {
                    WriteObject(found);
                }
            }
            return;
        }

        var departmentId = DepartmentId;
        if (Department is not null)
        {
            if (!TryRun(ct => lookup.DepartmentAsync(Department, ct), Department, out var department)) return;
            departmentId = department.Id;
        }

        WriteMatches(OrgUnitQuery.For(Name, departmentId is null ? null : "parentId==" + departmentId), "project",
            (filter, skip) => projects.ListAsync(filter, skip: skip, cancellationToken: CancellationToken), p => p.Name,
            projects.CountAsync, lookup.DecorateAsync);
    }
}
