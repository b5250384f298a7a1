using System.Management.Automation;
using Runai.Client.Clusters;

namespace Runai.PowerShell;

/// <summary>Lists the tenant's clusters, by name (wildcards) or id.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiCluster", DefaultParameterSetName = ByNameSet)]
[OutputType(typeof(Cluster))]
public sealed class GetRunaiClusterCommand : RunaiCmdlet
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Uuid", "ClusterId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord() => ListWriter.WriteByIdOrName(this, RequireConnection().Clusters(), Id, Name);
}
