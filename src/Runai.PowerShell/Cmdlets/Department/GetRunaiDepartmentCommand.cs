using System.Management.Automation;
using Runai.Client.Organization;
using Runai.PowerShell.Organization;

namespace Runai.PowerShell.Cmdlets.Department;

/// <summary>Lists departments by name (wildcards) or id; streams page by page.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiDepartment", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Runai.Client.Organization.Department))]
public sealed class GetRunaiDepartmentCommand : RunaiCmdlet
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

        var paging = new PagingWriter(PagingParameters);
        foreach (var query in OrgUnitQuery.For(Name))
        {
            if (PagingParameters.IncludeTotalCount && query.ExactOnServer
                && TryRun(ct => departments.CountAsync(query.FilterBy, ct), query.Pattern, out var total))
            {
                WriteObject(PagingParameters.NewTotalCount((ulong)total, 1.0));
            }
            var found = 0;
            var skip = query.ExactOnServer ? paging.TakeServerSkip() : 0;
            var more = true;
            try
            {
                foreach (var department in Stream(departments.ListAsync(query.FilterBy, skip: skip, cancellationToken: CancellationToken)))
                {
                    if (!query.Matches(department.Name)) continue;
                    found++;
                    Run(ct => lookup.DecorateAsync(department, ct));
                    if (!(more = paging.Write(this, new[] { department }))) break;
                }
            }
            catch (Runai.Client.RunaiException e)
            {
                WriteRunaiError(e, query.Pattern);
                continue;
            }
            if (found == 0 && skip == 0 && query.IsLiteral)
            {
                WriteInputError($"No department named '{query.Pattern}' was found.", ErrorIds.ResourceNotFound, ErrorCategory.ObjectNotFound, query.Pattern);
            }
            if (!more) return;
        }
    }
}
