using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>
/// Regenerates access keys' secrets: the old secret stops getting tokens. Returns each key with the new
/// client id and secret as a PSCredential (Credential), shown only this once.
/// </summary>
[Cmdlet(VerbsCommon.Reset, "RunaiAccessKeySecret", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(AccessKey))]
public sealed class ResetRunaiAccessKeySecretCommand : RunaiChangeCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("AccessKeyId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AccessKeyNameCompleter))]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var secrets = connection.AccessKeySecrets();
        foreach (var key in TargetResolver.Resolve(this, connection.AccessKeys(), Id, Name))
        {
            Changes.Submit($"access key '{key.Name}' (id {key.Id})", "Regenerate secret", key,
                ct => secrets.ResetSecretAsync(key.Id, ct), write: true);
        }
    }
}
