using System.Management.Automation;
using Runai.Client;
using Runai.Client.Organization;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>
/// What Set-RunaiProject and Set-RunaiDepartment share: resolve the unit (by id or name), merge only the given
/// settings, confirm with the unit's name, write it back keeping every field the module does not model, and return
/// it with -PassThru. Subclasses declare -Id (with their own alias) and -Name, and may add settings of their own.
/// </summary>
public abstract class SetOrgUnitCmdlet<TUnit> : OrgUnitSettingsCmdlet where TUnit : OrgUnit
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected abstract string? UnitId { get; }
    protected abstract string? UnitName { get; }

    internal abstract ResourceClient<TUnit> Client(RunaiConnection connection);

    /// <summary>Settings beyond the shared quota ones (false when the subclass has none given).</summary>
    protected virtual bool HasOwnSettings => false;

    /// <summary>Applies the subclass's own settings to the unit read from the server.</summary>
    protected virtual void ApplyOwnSettings(TUnit unit)
    {
    }

    private bool gpuQuotaOnCommandLine;

    protected override void BeginProcessing()
    {
        // Only what the command line bound is known here; pipeline values are bound per record.
        gpuQuotaOnCommandLine = MyInvocation.BoundParameters.ContainsKey(nameof(GpuQuota));
        base.BeginProcessing();
    }

    protected override void ProcessRecord()
    {
        // A piped project or department binds its own GpuQuota (the views' alias of DeservedGpus): that describes
        // the unit as it is, it is not a change asked for. A CSV row's GpuQuota still is.
        if (InputObject?.BaseObject is OrgUnit && !gpuQuotaOnCommandLine) GpuQuota = null;
        if (!TryReadQuota(out var quota)) return;
        if (!HasSettings(quota) && !HasOwnSettings)
        {
            WriteVerbose("No setting was given; nothing to change.");
            return;
        }
        var connection = RequireConnection();
        var lookup = new OrganizationLookup(connection);
        var units = Client(connection);
        foreach (var unit in TargetResolver.Resolve(this, units, UnitId is null ? null : new[] { UnitId },
                     UnitName is null ? null : new[] { UnitName }, connection.Cluster?.Uuid))
        {
            if (!TryRun(async ct =>
                {
                    await ApplyAsync(unit, quota, lookup, ct).ConfigureAwait(false);
                    ApplyOwnSettings(unit);
                    return true;
                }, unit, out _))
            {
                continue;
            }
            Changes.Submit($"{units.Resource.Noun} '{unit.Name}'", "Update (" + Describe(quota) + ")", unit, async ct =>
            {
                var updated = await units.UpdateAsync(unit, ct).ConfigureAwait(false);
                await lookup.DecorateAsync(updated, ct).ConfigureAwait(false);
                return updated;
            }, write: PassThru);
        }
    }
}
