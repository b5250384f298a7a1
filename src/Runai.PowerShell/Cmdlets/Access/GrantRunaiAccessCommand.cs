using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>
/// Gives a user, service account or group a role on a scope, idempotently: when a rule already grants it, that rule
/// is returned (with a Verbose line) and nothing is written. Takes CSV rows whose columns are named like the parameters.
/// </summary>
[Cmdlet(VerbsSecurity.Grant, "RunaiAccess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AccessRule))]
public sealed class GrantRunaiAccessCommand : AccessGrantCmdlet
{
    protected override void ProcessRecord()
    {
        if (!TryResolveGrant(out var grant)) return;
        if (grant.Existing is { } existing)
        {
            WriteVerbose($"Access rule {existing.Id} already grants {grant}; nothing to change.");
            WriteObject(existing);
            return;
        }
        var rules = RequireConnection().AccessRules();
        Changes.Submit($"access rule: {grant}", "Grant", grant.Target, ct => rules.CreateAsync(grant.Rule, ct), write: true);
    }
}
