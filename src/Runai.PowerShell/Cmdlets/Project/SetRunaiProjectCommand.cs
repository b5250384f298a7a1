using System.Management.Automation;
using Runai.Client.Organization;
using Runai.PowerShell.Organization;

namespace Runai.PowerShell.Cmdlets.Project;

/// <summary>
/// Changes only the given settings of a project: reads it, merges the change, writes it back (every field the module
/// does not model is kept). Returns the project with -PassThru.
/// </summary>
[Cmdlet(VerbsCommon.Set, "RunaiProject", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Runai.Client.Organization.Project))]
public sealed class SetRunaiProjectCommand : OrgUnitSettingsCmdlet
{
    // Shared by all pipeline items, so a CSV of many rows resolves each department and node pool once.
    private OrganizationLookup? lookup;

    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("ProjectId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    [Parameter]
    public bool? EnforceRunaiScheduler { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        if (!TryReadQuota(out var quota)) return;
        if (!HasSettings(quota) && EnforceRunaiScheduler is null)
        {
            WriteVerbose("No setting was given; nothing to change.");
            return;
        }
        var connection = RequireConnection();
        var lookup = this.lookup ??= new OrganizationLookup(connection);
        var projects = connection.Projects();
        var key = Id ?? Name!;
        if (!TryRun(async ct =>
            {
                var project = Id is not null
                    ? await projects.GetAsync(Id, ct).ConfigureAwait(false)
                    : await projects.ResolveAsync(Name!, connection.Cluster?.Uuid, ct).ConfigureAwait(false);
                await ApplyAsync(project, quota, lookup, ct).ConfigureAwait(false);
                if (EnforceRunaiScheduler is bool enforce) project.EnforceRunaiScheduler = enforce;
                return project;
            }, key, out var changed))
        {
            return;
        }

        if (!ShouldProcess($"project '{changed.Name}'", "Update (" + Describe(quota) + ")")) return;
        if (TryRun(async ct =>
            {
                var updated = await projects.UpdateAsync(changed, ct).ConfigureAwait(false);
                await lookup.DecorateAsync(updated, ct).ConfigureAwait(false);
                return updated;
            }, key, out var result) && PassThru)
        {
            WriteObject(result);
        }
    }
}
