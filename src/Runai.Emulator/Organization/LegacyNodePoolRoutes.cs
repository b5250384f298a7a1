using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>
/// The deprecated <c>/v1/k8s/clusters/{clusterId}/node-pools</c> operations (getNodePools, createNodePool,
/// updateNodePool, updateNodePoolLabels, deleteNodePool) that widely used clients still call, served from the same
/// node pool store and rules as <c>/api/v1/node-pools</c>: a pool created here is listed there and the other way round.
/// Writes answer 201/202 without a body, as the contract documents; pools are the contract's <c>NodePool1</c>.
/// </summary>
public static class LegacyNodePoolRoutes
{
    public static void Map(IEndpointRouteBuilder app, IServiceProvider services)
    {
        var pools = services.GetRequiredService<CollectionStore<NodePoolRecord>>();
        var nodes = services.GetRequiredService<CollectionStore<NodeRecord>>();
        var clusters = services.GetRequiredService<OrganizationClusters>();
        var rules = services.GetRequiredService<NodePoolRules>();
        var route = ApiPaths.LegacyPrefix + "/clusters/{clusterId}/node-pools";

        app.MapGet(route, (string clusterId) =>
        {
            RequireCluster(clusters, clusterId);
            return Results.Json(new JsonArray(pools.InScope(clusterId).Select(p => (JsonNode)Render(p, nodes)).ToArray()));
        });
        app.MapPost(route, async (string clusterId, HttpRequest request) =>
        {
            RequireCluster(clusters, clusterId);
            var body = await JsonBody.ReadObjectAsync(request);
            body["clusterId"] = clusterId;
            pools.Add(id => rules.Create(body, id));
            return Results.StatusCode(StatusCodes.Status201Created);
        });
        app.MapPut(route + "/{id}", async (string clusterId, string id, HttpRequest request) =>
        {
            var body = await JsonBody.ReadObjectAsync(request);
            pools.Change(InCluster(pools, clusters, clusterId, id).Id, pool => rules.Update(pool, body, replace: false));
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });
        app.MapPut(route + "/{id}/labels", async (string clusterId, string id, HttpRequest request) =>
        {
            var body = await JsonBody.ReadObjectAsync(request);
            var labels = new JsonObject { ["labelKey"] = body["labelKey"]?.DeepClone(), ["labelValue"] = body["labelValue"]?.DeepClone() };
            pools.Change(InCluster(pools, clusters, clusterId, id).Id, pool => rules.Update(pool, labels.WithoutNulls(), replace: false));
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });
        app.MapDelete(route + "/{id}", (string clusterId, string id) =>
        {
            pools.Remove(InCluster(pools, clusters, clusterId, id).Id, NodePoolRules.RefuseDefaultPool);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });
    }

    private static NodePoolRecord InCluster(CollectionStore<NodePoolRecord> pools, OrganizationClusters clusters, string clusterId, string id)
    {
        RequireCluster(clusters, clusterId);
        var pool = pools.Get(id);
        return pool.ClusterId == clusterId ? pool : throw ApiProblem.NotFound($"{pools.Noun} '{id}' was not found in cluster '{clusterId}'.");
    }

    // A cluster in the path that does not exist is a missing resource (404), unlike a bad clusterId in a body (400).
    private static void RequireCluster(OrganizationClusters clusters, string clusterId)
    {
        if (!clusters.IsKnown(clusterId)) throw ApiProblem.NotFound($"Cluster '{clusterId}' was not found.");
    }

    /// <summary>The contract's <c>NodePool1</c>.</summary>
    private static JsonObject Render(NodePoolRecord pool, CollectionStore<NodeRecord> nodes)
    {
        var poolNodes = NodeCollection.InPool(nodes, pool).Select(n => n.Name).ToList();
        return new JsonObject
        {
            ["id"] = long.TryParse(pool.Id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null,
            ["name"] = pool.Name,
            ["labelKey"] = pool.LabelKey,
            ["labelValue"] = pool.LabelValue,
            ["clusterId"] = pool.ClusterId,
            ["createdAt"] = JsonBody.Timestamp(pool.CreatedAt),
            ["updatedAt"] = JsonBody.Timestamp(pool.UpdatedAt),
            ["status"] = poolNodes.Count > 0 ? "Ready" : "Empty",
            ["statusMessage"] = poolNodes.Count > 0 ? "" : "no nodes match the node pool label",
            // NodePool1.nodes is a string: the node names as a JSON array, as the old API encoded them.
            ["nodes"] = new JsonArray(poolNodes.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()).ToJsonString(),
            ["createdBy"] = EmulatorTenant.Actor,
            ["updatedBy"] = EmulatorTenant.Actor,
            ["isDefault"] = pool.IsDefault,
        }.WithoutNulls();
    }
}
