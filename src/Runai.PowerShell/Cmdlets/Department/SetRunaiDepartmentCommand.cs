using System.Management.Automation;
using Runai.Client.Organization;
using Runai.PowerShell.Organization;

namespace Runai.PowerShell.Cmdlets.Department;

/// <summary>
/// Changes only the given settings of a department: reads it, merges the change, writes it back (every field the module
/// does not model is kept). Returns the department with -PassThru.
/// </summary>
[Cmdlet(VerbsCommon.Set, "RunaiDepartment", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Runai.Client.Organization.Department))]
public sealed class SetRunaiDepartmentCommand : OrgUnitSettingsCmdlet
{
    // Shared by all pipeline items, so a CSV of many rows resolves each department and node pool once.
    private OrganizationLookup? lookup;

    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("DepartmentId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        if (!TryReadQuota(out var quota)) return;
        if (!HasSettings(quota))
        {
            WriteVerbose("No setting was given; nothing to change.");
            return;
        }
        var connection = RequireConnection();
        var lookup = this.lookup ??= new OrganizationLookup(connection);
        var departments = connection.Departments();
        var key = Id ?? Name!;
        if (!TryRun(async ct =>
            {
                var department = Id is not null
                    ? await departments.GetAsync(Id, ct).ConfigureAwait(false)
                    : await departments.ResolveAsync(Name!, connection.Cluster?.Uuid, ct).ConfigureAwait(false);
                await ApplyAsync(department, quota, lookup, ct).ConfigureAwait(false);
                return department;
            }, key, out var changed))
        {
            return;
        }

        if (!ShouldProcess($"department '{changed.Name}'", "Update (" + Describe(quota) + ")")) return;
        if (TryRun(async ct =>
            {
                var updated = await departments.UpdateAsync(changed, ct).ConfigureAwait(false);
                await lookup.DecorateAsync(updated, ct).ConfigureAwait(false);
                return updated;
            }, key, out var result) && PassThru)
        {
            WriteObject(result);
        }
    }
}
