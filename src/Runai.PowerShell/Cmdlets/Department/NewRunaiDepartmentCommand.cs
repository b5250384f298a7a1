using System.Management.Automation;
using Runai.Client;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Creates a department in the selected cluster, with its quota; returns the new department.</summary>
[Cmdlet(VerbsCommon.New, "RunaiDepartment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Runai.Client.Organization.Department))]
public sealed class NewRunaiDepartmentCommand : OrgUnitSettingsCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    protected override void ProcessRecord()
    {
        if (!TryPrepare(() => ResourceNames.Check(Name, "department"), Name)) return;
        if (!TryReadQuota(out var quota)) return;
        var connection = RequireConnection();
        var lookup = new OrganizationLookup(connection);
        var department = new Runai.Client.Organization.Department { Name = Name, Description = Description ?? "" };
        if (!TryRun(async ct =>
            {
                department.ClusterId = connection.RequireClusterId();
                await ApplyAsync(department, quota, lookup, ct).ConfigureAwait(false);
                return true;
            }, Name, out _))
        {
            return;
        }

        Changes.Submit($"department '{Name}'", "Create (" + Describe(quota) + ")", Name, async ct =>
        {
            var created = await connection.Departments().CreateAsync(department, ct).ConfigureAwait(false);
            await lookup.DecorateAsync(created, ct).ConfigureAwait(false);
            return created;
        }, write: true);
    }
}
