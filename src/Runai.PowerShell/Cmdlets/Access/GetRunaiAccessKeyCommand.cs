using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Lists the caller's access keys by name (wildcards) or id.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiAccessKey", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(AccessKey))]
public sealed class GetRunaiAccessKeyCommand : RunaiCmdlet
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AccessKeyNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("AccessKeyId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord() => ListWriter.WriteByIdOrName(this, RequireConnection().AccessKeys(), Id, Name);
}
