using Runai.Client.Resources;

namespace Runai.Client.Organization;

/// <summary>Nodes of all the tenant's clusters (<c>/api/v1/nodes</c>, read-only).</summary>
public static class NodeResource
{
    public static readonly ResourceDescriptor<Node> Descriptor = new()
    {
        Route = "api/v1/nodes",
        Noun = "node",
        Schema = "Node",
        ItemType = OrganizationJsonContext.Default.Node,
        ListType = OrganizationJsonContext.Default.ListNode,
        ListEnvelope = "nodes",
        LiteralSegments = new[] { "count", "telemetry" },
        IdOf = n => n.Id ?? n.Name,
        NameOf = n => n.Name,
        ScopeField = "clusterUuid",
        ScopeOf = n => n.ClusterUuid,
        Operations = new() { List = new[] { 200 }, Count = new[] { 200 } },
    };

    public static ResourceClient<Node> Nodes(this RunaiConnection connection) => connection.Resource(Descriptor);
}
