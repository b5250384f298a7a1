using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Deletes access keys, by id (piped access keys bind) or name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiAccessKey", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiAccessKeyCommand : RemoveCmdlet
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
        var keys = RequireConnection().AccessKeys();
        foreach (var key in TargetResolver.Resolve(this, keys, Id, Name))
            Changes.Submit($"access key '{key.Name}' (id {key.Id})", "Remove", key, ct => keys.DeleteAsync(key.Id, ct));
    }
}
