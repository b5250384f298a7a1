using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Lists departments by name (wildcards) or id; streams page by page.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiDepartment", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Runai.Client.Organization.Department))]
public sealed class GetRunaiDepartmentCommand : OrganizationListCmdlet
{
    // Shared by all pipeline items, so a CSV of many rows resolves each department and node pool once.
    private OrganizationLookup? lookup;

    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet)]
    [Alias("DepartmentId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var lookup = this.lookup ??= new OrganizationLookup(connection);
        var departments = connection.Departments();
        if (ParameterSetName == ByIdSet)
        {
            foreach (var id in Id!)
            {
                if (TryRun(async ct =>
                    {
                        var department = await departments.GetAsync(id, ct).ConfigureAwait(false);
                        await lookup.DecorateAsync(department, ct).ConfigureAwait(false);
                        return department;
                    }, id, out var found))
                {
                    WriteObject(found);
                }
            }
            return;
        }

        WriteMatches(OrgUnitQuery.For(Name), "department",
            (filter, skip) => departments.ListAsync(filter, skip: skip, cancellationToken: CancellationToken), d => d.Name,
            departments.CountAsync, lookup.DecorateAsync);
    }
}
