using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>
/// Takes a role on a scope away from a user, service account or group by deleting the rule that grants it; when no
/// rule grants it there is nothing to do (a Verbose line, no error).
/// </summary>
[Cmdlet(VerbsSecurity.Revoke, "RunaiAccess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RevokeRunaiAccessCommand : AccessGrantCmdlet
{
    protected override void ProcessRecord()
    {
        if (!TryResolveGrant(out var grant)) return;
        if (grant.Existing is not { } existing)
        {
            WriteVerbose($"No access rule grants {grant}; nothing to revoke.");
            return;
        }
        var rules = RequireConnection().AccessRules();
        Changes.Submit($"access rule {existing.Id}: {grant}", "Revoke", grant.Target, ct => rules.DeleteAsync(existing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct));
    }
}
