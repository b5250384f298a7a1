using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Creates a local user; returns it with the temporary password as a SecureString (TemporaryPassword).</summary>
[Cmdlet(VerbsCommon.New, "RunaiUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(User))]
public sealed class NewRunaiUserCommand : RunaiChangeCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("User", "Username")]
    [ValidateNotNullOrEmpty]
    public string Email { get; set; } = "";

    /// <summary>The user must change the temporary password at first login.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public SwitchParameter ResetPassword { get; set; }

    protected override void ProcessRecord()
    {
        var accounts = RequireConnection().UserAccounts();
        Changes.Submit($"user '{Email}'", "Create", Email, ct => accounts.CreateAsync(Email, ResetPassword, ct), write: true);
    }
}
