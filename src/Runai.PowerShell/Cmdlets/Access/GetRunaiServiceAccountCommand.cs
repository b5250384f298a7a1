using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Lists service accounts by name (wildcards) or id.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiServiceAccount", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(ServiceAccount))]
public sealed class GetRunaiServiceAccountCommand : RunaiCmdlet
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceAccountNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceAccountId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord() => ListWriter.WriteByIdOrName(this, RequireConnection().ServiceAccounts(), Id, Name);
}
