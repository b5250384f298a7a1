using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Lists the nodes of the tenant's clusters, by name (wildcards) and node pool.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiNode", SupportsPaging = true)]
[OutputType(typeof(Runai.Client.Organization.Node))]
public sealed class GetRunaiNodeCommand : OrganizationListCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Only nodes of this node pool (by name); binds from piped node pools.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("NodePoolName")]
    [ValidateNotNullOrEmpty]
    public string? NodePool { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var nodes = connection.Nodes();
        var cluster = connection.Cluster?.Uuid;
        WriteMatches(OrgUnitQuery.For(Name, cluster is null ? null : "clusterUuid==" + cluster, NodePool is null ? null : "nodePool==" + NodePool), "node",
            (filter, skip) => nodes.ListAsync(filter, skip: skip, cancellationToken: CancellationToken), n => n.Name);
    }
}
