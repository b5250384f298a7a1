using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Enables or disables service accounts (the contract's PATCH); a disabled account gets no tokens. Returns them with -PassThru.</summary>
[Cmdlet(VerbsCommon.Set, "RunaiServiceAccount", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ServiceAccount))]
public sealed class SetRunaiServiceAccountCommand : RunaiChangeCmdlet
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

    [Parameter(Mandatory = true)]
    public bool Enabled { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var secrets = connection.ServiceAccountSecrets();
        foreach (var account in TargetResolver.Resolve(this, connection.ServiceAccounts(), Id, Name))
        {
            Changes.Submit($"service account '{account.Name}' (id {account.Id})", Enabled ? "Enable" : "Disable", account,
                ct => secrets.SetEnabledAsync(account.Id, Enabled, ct), write: PassThru);
        }
    }
}
