using System.Management.Automation;
using Runai.Client.Organization;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>Lists node pools of the selected cluster (all clusters when none is) by name (wildcards) or id; streams page by page.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiNodePool", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(NodePool))]
public sealed class GetRunaiNodePoolCommand : RunaiCmdlet
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NodePoolNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("NodePoolId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var inCluster = connection.Cluster is { } cluster ? new ResourceQuery().Where("clusterId", "==", cluster.Uuid) : null;
        ListWriter.WriteByIdOrName(this, connection.NodePools(), Id, Name, inCluster);
    }
}
