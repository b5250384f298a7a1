using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>
/// Creates an access rule: a role for a user, service account or group on a project, department, cluster or the
/// tenant, all by name or id. Unlike Grant-RunaiAccess, an existing identical rule is an error (ResourceExists).
/// </summary>
[Cmdlet(VerbsCommon.New, "RunaiAccessRule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AccessRule))]
public sealed class NewRunaiAccessRuleCommand : AccessGrantCmdlet
{
    protected override void ProcessRecord()
    {
        if (!TryResolveGrant(out var grant)) return;
        if (grant.Existing is not null)
        {
            WriteInputError($"An access rule already grants {grant} (id {grant.Existing.Id}).", ErrorIds.ResourceExists, ErrorCategory.ResourceExists, grant.Target);
            return;
        }
        var rules = RequireConnection().AccessRules();
        Changes.Submit($"access rule: {grant}", "Create", grant.Target, ct => rules.CreateAsync(grant.Rule, ct), write: true);
    }
}
