using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Deletes access rules by id; piped rules bind.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiAccessRule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiAccessRuleCommand : RemoveCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("AccessRuleId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord()
    {
        var rules = RequireConnection().AccessRules();
        foreach (var rule in TargetResolver.Resolve(this, rules, Id, null))
            Changes.Submit($"access rule {rule.Id}: {rule}", "Remove", rule, ct => rules.DeleteAsync(rule.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct));
    }
}
