using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Lists users by e-mail address (wildcards; *text* and exact names filtered on the server) or id.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiUser", DefaultParameterSetName = ByEmailSet, SupportsPaging = true)]
[OutputType(typeof(User))]
public sealed class GetRunaiUserCommand : RunaiCmdlet
{
    public const string ByEmailSet = "ByEmail";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByEmailSet)]
    [Alias("Username")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(UserNameCompleter))]
    public string[]? Email { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord()
    {
        var users = RequireConnection().Users();
        if (ParameterSetName == ByIdSet)
        {
            foreach (var user in TargetResolver.Resolve(this, users, Id, null)) WriteObject(user);
            return;
        }
        ListWriter.Write(this, users, Email);
    }
}
