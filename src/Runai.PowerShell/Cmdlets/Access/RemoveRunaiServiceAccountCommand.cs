using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Deletes service accounts, by id (piped service accounts bind) or name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiServiceAccount", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiServiceAccountCommand : RemoveCmdlet
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
        var accounts = RequireConnection().ServiceAccounts();
        foreach (var account in TargetResolver.Resolve(this, accounts, Id, Name))
            Changes.Submit($"service account '{account.Name}' (id {account.Id})", "Remove", account, ct => accounts.DeleteAsync(account.Id, ct));
    }
}
