using System.Management.Automation;
using System.Text.RegularExpressions;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>
/// Creates a service account; returns it with its client id and secret as a PSCredential (Credential), shown only
/// this once, so that <c>Connect-Runai -Credential $sa.Credential</c> works at once.
/// </summary>
[Cmdlet(VerbsCommon.New, "RunaiServiceAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ServiceAccount))]
public sealed class NewRunaiServiceAccountCommand : RunaiChangeCmdlet
{
    /// <summary>The contract's ServiceAccountCreationRequest.name pattern (lower case, so matched case-sensitively).</summary>
    public const string NamePattern = "^[a-z][-_a-z0-9]*[a-z0-9]$";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidatePattern(NamePattern, Options = RegexOptions.None)]
    public string Name { get; set; } = "";

    protected override void ProcessRecord()
    {
        var secrets = RequireConnection().ServiceAccountSecrets();
        Changes.Submit($"service account '{Name}'", "Create", Name, ct => secrets.CreateAsync(Name, ct), write: true);
    }
}
