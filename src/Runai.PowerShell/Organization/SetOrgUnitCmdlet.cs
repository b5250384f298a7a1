using System.Management.Automation;
using Runai.Client;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>
/// What Set-RunaiProject and Set-RunaiDepartment share: read the unit (by id or name), merge only the given settings,
/// confirm with the unit's name, write it back keeping every field the module does not model, and return it with
/// -PassThru. Subclasses declare -Id (with their own alias) and -Name, and may add settings of their own.
/// </summary>
public abstract class SetOrgUnitCmdlet<TUnit, TList> : OrgUnitSettingsCmdlet where TUnit : OrgUnit
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    // Shared by all pipeline items, so a CSV of many rows resolves each department and node pool once.
    private OrganizationLookup? lookup;

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected abstract string? UnitId { get; }
    protected abstract string? UnitName { get; }

    /// <summary>"project" or "department", for confirmations.</summary>
    protected abstract string Noun { get; }

    protected abstract OrgUnitsClient<TUnit, TList> Client(RunaiConnection connection);

    /// <summary>Settings beyond the shared quota ones (false when the subclass has none given).</summary>
    protected virtual bool HasOwnSettings => false;

    /// <summary>Applies the subclass's own settings to the unit read from the server.</summary>
    protected virtual void ApplyOwnSettings(TUnit unit)
    {
    }

    protected override void ProcessRecord()
    {
        if (!TryReadQuota(out var quota)) return;
        if (!HasSettings(quota) && !HasOwnSettings)
        {
            WriteVerbose("No setting was given; nothing to change.");
            return;
        }
        var connection = RequireConnection();
        var lookup = this.lookup ??= new OrganizationLookup(connection);
        var units = Client(connection);
        var key = UnitId ?? UnitName!;
        if (!TryRun(async ct =>
            {
                var unit = UnitId is not null
                    ? await units.GetAsync(UnitId, ct).ConfigureAwait(false)
                    : await units.ResolveAsync(UnitName!, connection.Cluster?.Uuid, ct).ConfigureAwait(false);
                await ApplyAsync(unit, quota, lookup, ct).ConfigureAwait(false);
                ApplyOwnSettings(unit);
                return unit;
            }, key, out var changed))
        {
            return;
        }

        if (!ShouldProcess($"{Noun} '{changed.Name}'", "Update (" + Describe(quota) + ")")) return;
        if (TryRun(async ct =>
            {
                var updated = await units.UpdateAsync(changed, ct).ConfigureAwait(false);
                await lookup.DecorateAsync(updated, ct).ConfigureAwait(false);
                return updated;
            }, key, out var result) && PassThru)
        {
            WriteObject(result);
        }
    }
}
