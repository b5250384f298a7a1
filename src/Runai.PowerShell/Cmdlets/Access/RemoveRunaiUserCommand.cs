using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Deletes users, by id (piped users bind) or e-mail address.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiUser", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiUserCommand : RemoveCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByEmailSet = "ByEmail";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByEmailSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(UserNameCompleter))]
    public string[]? Email { get; set; }

    protected override void ProcessRecord()
    {
        var users = RequireConnection().Users();
        foreach (var user in TargetResolver.Resolve(this, users, Id, Email))
            Changes.Submit($"user '{user.Username}' (id {user.Id})", "Remove", user, ct => users.DeleteAsync(user.Id, ct));
    }
}
