using System.Management.Automation;
using Runai.Client.Organization;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>Lists the nodes of the tenant's clusters (the selected one, when one is), by name (wildcards) and node pool.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiNode", SupportsPaging = true)]
[OutputType(typeof(Node))]
public sealed class GetRunaiNodeCommand : RunaiCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NodeNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>Only nodes of this node pool (by name); binds from piped node pools.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("NodePoolName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NodePoolNameCompleter))]
    public string? NodePool { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var nodes = connection.Nodes();
        if (!TryPrepare(() =>
            {
                var query = new ResourceQuery();
                if (connection.Cluster is { } cluster) query.Where("clusterUuid", "==", cluster.Uuid);
                if (NodePool is not null) query.Where("nodePool", "==", NodePool);
                return query;
            }, NodePool, out var inScope))
            return;
        ListWriter.Write(this, nodes, Name, inScope);
    }
}
