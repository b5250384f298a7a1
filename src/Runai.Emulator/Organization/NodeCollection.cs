using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>
/// <c>GET /api/v1/nodes</c>, its count, and the per-cluster list (get_nodes, deprecated but still called) and count. Nodes are read-only in the contract: each cluster is
/// seeded with <c>node-1</c>..<c>node-4</c>, 8 GPUs each, in its default pool.
/// </summary>
public static class NodeCollection
{
    public const int NodesPerCluster = 4;
    public const int GpusPerNode = 8;
    public const string GpuType = "NVIDIA-A100-SXM4-80GB";

    public static CollectionStore<NodeRecord> CreateStore(OrganizationClusters clusters, TimeProvider time) =>
        new("Node", clusters.Describe, _ => clusters.Ids.SelectMany((clusterId, c) => Enumerable.Range(1, NodesPerCluster).Select(n =>
            new NodeRecord($"10000000-0000-4000-8000-{(c + 1) * 1000 + n:x12}", $"node-{n}", clusterId,
                NodePoolRules.DefaultPoolName, "Ready", GpuType, GpusPerNode, time.GetUtcNow()))));

    public static List<NodeRecord> InPool(CollectionStore<NodeRecord> nodes, NodePoolRecord pool) =>
        nodes.Where(n => n.ClusterId == pool.ClusterId && n.NodePool == pool.Name);

    public static void Map(IEndpointRouteBuilder api, IServiceProvider services)
    {
        var nodes = services.GetRequiredService<CollectionStore<NodeRecord>>();
        CollectionRoutes.Map(api, new Collection<NodeRecord>
        {
            Route = "/nodes",
            IdParameter = "nodeId",
            Envelope = "nodes",
            Store = nodes,
            Fields = Fields,
            Render = Render,
            GetById = false,
        });
        api.MapGet("/clusters/{clusterUuid}/nodes", (string clusterUuid, HttpRequest request) =>
        {
            var query = ListQuery<NodeRecord>.Parse(request, Fields);
            return Results.Json(query.PageBody(query.Apply(nodes.InScope(clusterUuid)), "nodes", Render, withNext: false));
        });
        api.MapGet("/clusters/{clusterUuid}/nodes/count", (string clusterUuid, HttpRequest request) =>
            Results.Json(ListQuery<NodeRecord>.CountBody(ListQuery<NodeRecord>.Parse(request, Fields).Apply(nodes.InScope(clusterUuid)).Count)));
    }

    private static readonly Dictionary<string, Func<NodeRecord, object?>> Fields = new()
    {
        ["name"] = n => n.Name,
        ["status"] = n => n.Status,
        ["nodePool"] = n => n.NodePool,
        ["gpuType"] = n => n.GpuType,
        ["nvLinkDomainUid"] = _ => null,
        ["nvLinkCliqueId"] = _ => null,
        ["clusterUuid"] = n => n.ClusterId,
    };

    /// <summary>The contract's <c>Node</c>.</summary>
    private static JsonObject Render(NodeRecord node) => new()
    {
        ["id"] = node.Id,
        ["name"] = node.Name,
        ["clusterUuid"] = node.ClusterId,
        ["nodePool"] = node.NodePool,
        ["status"] = node.Status,
        ["conditions"] = new JsonArray(),
        ["taints"] = new JsonArray(),
        ["gpuInfo"] = new JsonObject { ["gpuType"] = node.GpuType, ["gpuCount"] = node.GpuCount },
        ["createdAt"] = JsonBody.Timestamp(node.CreatedAt),
        ["updatedAt"] = JsonBody.Timestamp(node.CreatedAt),
    };
}
