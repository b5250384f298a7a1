using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary><c>/api/v1/node-pools</c>: list, count, create, get, PUT, PATCH, delete; each cluster is seeded with its default pool.</summary>
public static class NodePoolCollection
{
    public static CollectionStore<NodePoolRecord> CreateStore(OrganizationClusters clusters, NodePoolRules rules) =>
        new("Node pool", clusters.Describe, nextId => clusters.Ids.Select(clusterId => rules.DefaultPool(nextId(), clusterId)));

    public static void Map(IEndpointRouteBuilder api, IServiceProvider services)
    {
        var pools = services.GetRequiredService<CollectionStore<NodePoolRecord>>();
        var nodes = services.GetRequiredService<CollectionStore<NodeRecord>>();
        var clusters = services.GetRequiredService<OrganizationClusters>();
        var rules = services.GetRequiredService<NodePoolRules>();
        CollectionRoutes.Map(api, new Collection<NodePoolRecord>
        {
            Route = "/node-pools",
            IdParameter = "nodepoolId",
            Envelope = "nodepools",
            Store = pools,
            Fields = Fields(nodes),
            Render = pool => Render(pool, nodes, clusters),
            Create = rules.Create,
            Replace = (pool, body) => rules.Update(pool, body, replace: true),
            Patch = (pool, body) => rules.Update(pool, body, replace: false),
            Delete = NodePoolRules.RefuseDefaultPool,
        });
    }

    private static Dictionary<string, Func<NodePoolRecord, object?>> Fields(CollectionStore<NodeRecord> nodes) => new()
    {
        ["name"] = p => p.Name,
        ["phase"] = p => NodeCollection.InPool(nodes, p).Count > 0 ? "Ready" : "Empty",
        ["clusterId"] = p => p.ClusterId,
        ["createdAt"] = p => p.CreatedAt,
        ["updatedAt"] = p => p.UpdatedAt,
        ["networkTopologyName"] = _ => null,
        ["gpuNetworkAccelerationDetection"] = p => p.Settings["gpuNetworkAccelerationDetection"]?.ToString(),
        ["gpuNetworkAccelerationDetected"] = _ => false,
        ["gpuNetworkAccelerationLabelKey"] = p => p.Settings["gpuNetworkAccelerationLabelKey"]?.ToString(),
        ["swapEnabled"] = p => p.Settings["gpuResourceOptimization"]?["swapEnabled"]?.GetValue<bool>() ?? false,
        ["nodeLevelSchedulerEnabled"] = p => p.Settings["gpuResourceOptimization"]?["nodeLevelSchedulerEnabled"]?.GetValue<bool>() ?? false,
    };

    /// <summary>The contract's <c>Nodepool</c>.</summary>
    private static JsonObject Render(NodePoolRecord pool, CollectionStore<NodeRecord> nodes, OrganizationClusters clusters)
    {
        var poolNodes = NodeCollection.InPool(nodes, pool).Select(n => n.Name).ToList();
        var json = new JsonObject
        {
            ["id"] = pool.Id,
            ["name"] = pool.Name,
            ["clusterId"] = pool.ClusterId,
            ["clusterName"] = clusters.NameOf(pool.ClusterId),
            ["tenantId"] = EmulatorTenant.Id,
            ["labelKey"] = pool.LabelKey,
            ["labelValue"] = pool.LabelValue,
            ["isDefault"] = pool.IsDefault,
            ["phase"] = poolNodes.Count > 0 ? "Ready" : "Empty",
            ["phaseMessage"] = poolNodes.Count > 0 ? $"{poolNodes.Count} node(s) ready" : "no nodes match the node pool label",
            ["createdAt"] = JsonBody.Timestamp(pool.CreatedAt),
            ["createdBy"] = EmulatorTenant.Actor,
            ["updatedAt"] = JsonBody.Timestamp(pool.UpdatedAt),
            ["updatedBy"] = EmulatorTenant.Actor,
        };
        foreach (var (key, value) in pool.Settings)
            json[key] = value?.DeepClone();
        json["status"] = new JsonObject
        {
            ["conditions"] = new JsonArray(),
            ["gpuNetworkAccelerationDetected"] = false,
            ["nodes"] = new JsonArray(poolNodes.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
        };
        return json.WithoutNulls();
    }
}
