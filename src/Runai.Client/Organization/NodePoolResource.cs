using Runai.Client.Resources;

namespace Runai.Client.Organization;

/// <summary>Node pools (<c>/api/v1/node-pools</c>); names are unique per cluster; changed by PATCH.</summary>
public static class NodePoolResource
{
    public static readonly ResourceDescriptor<NodePool> Descriptor = new()
    {
        Route = "api/v1/node-pools",
        Noun = "node pool",
        Schema = "Nodepool",
        ItemType = OrganizationJsonContext.Default.NodePool,
        ListType = OrganizationJsonContext.Default.ListNodePool,
        ListEnvelope = "nodepools",
        IdFormat = ResourceIdFormat.Opaque,
        LiteralSegments = new[] { "count" },
        ServerOwnedFields = new[]
        {
            "id", "tenantId", "clusterName", "isDefault", "phase", "phaseMessage", "status", "createdAt", "createdBy", "updatedAt",
            "updatedBy", "deletedAt", "deletedBy", "networkTopologyName",
        },
        FixedFields = new[] { "name", "clusterId" },
        IdOf = p => p.Id,
        NameOf = p => p.Name,
        ScopeField = "clusterId",
        ScopeOf = p => p.ClusterId,
        Operations = new()
        {
            List = new[] { 200 }, Count = new[] { 200 }, Get = new[] { 200 }, Create = new[] { 201 }, Update = new[] { 200 },
            Patch = new[] { 200 }, Delete = new[] { 202, 204 },
        },
    };

    public static ResourceClient<NodePool> NodePools(this RunaiConnection connection) => connection.Resource(Descriptor);
}
