using System.Management.Automation;
using System.Text.RegularExpressions;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>
/// Creates an access key; returns it with its client id and secret as a PSCredential (Credential), shown only
/// this once, so that <c>Connect-Runai -Credential $key.Credential</c> works at once.
/// </summary>
[Cmdlet(VerbsCommon.New, "RunaiAccessKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AccessKey))]
public sealed class NewRunaiAccessKeyCommand : RunaiChangeCmdlet
{
    /// <summary>The contract's AccessKeyCreationRequest.name pattern (lower case, so matched case-sensitively).</summary>
    public const string NamePattern = "^[a-z][-_a-z0-9]*[a-z0-9]$";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidatePattern(NamePattern, Options = RegexOptions.None)]
    public string Name { get; set; } = "";

    protected override void ProcessRecord()
    {
        var secrets = RequireConnection().AccessKeySecrets();
        Changes.Submit($"access key '{Name}'", "Create", Name, ct => secrets.CreateAsync(Name, ct), write: true);
    }
}
