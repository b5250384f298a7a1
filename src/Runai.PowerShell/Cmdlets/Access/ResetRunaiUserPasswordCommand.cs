using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Gives users a new temporary password; returns each user with it as a SecureString (TemporaryPassword).</summary>
[Cmdlet(VerbsCommon.Reset, "RunaiUserPassword", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(User))]
public sealed class ResetRunaiUserPasswordCommand : RunaiChangeCmdlet
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
        var connection = RequireConnection();
        var accounts = connection.UserAccounts();
        foreach (var user in TargetResolver.Resolve(this, connection.Users(), Id, Email))
            Changes.Submit($"user '{user.Username}' (id {user.Id})", "Reset password", user, ct => accounts.ResetPasswordAsync(user, ct), write: true);
    }
}
