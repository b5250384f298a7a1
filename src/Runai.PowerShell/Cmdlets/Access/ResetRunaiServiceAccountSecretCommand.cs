using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>
/// Regenerates service accounts' secrets: the old secret stops getting tokens. Returns each account with the new
/// client id and secret as a PSCredential (Credential), shown only this once.
/// </summary>
[Cmdlet(VerbsCommon.Reset, "RunaiServiceAccountSecret", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(ServiceAccount))]
public sealed class ResetRunaiServiceAccountSecretCommand : RunaiChangeCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceAccountId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceAccountNameCompleter))]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var secrets = connection.ServiceAccountSecrets();
        foreach (var account in TargetResolver.Resolve(this, connection.ServiceAccounts(), Id, Name))
        {
            Changes.Submit($"service account '{account.Name}' (id {account.Id})", "Regenerate secret", account,
                ct => secrets.ResetSecretAsync(account.Id, ct), write: true);
        }
    }
}
