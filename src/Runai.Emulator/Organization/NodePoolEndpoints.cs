using Runai.Emulator.Collections;
using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary><c>/api/v1/node-pools</c>: list, count, create, get, PUT, PATCH, delete.</summary>
public static class NodePoolEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/node-pools", (HttpRequest request, NodePoolStore pools, NodeStore nodes, OrganizationJson json) =>
        {
            var query = ListQuery<NodePoolRecord>.Parse(request, ListFields.NodePools(nodes));
            var page = query.Page(query.Apply(pools.All()));
            return Results.Json(new JsonObject { ["nodepools"] = new JsonArray(page.Select(p => (JsonNode)json.NodePool(p)).ToArray()) });
        });
        api.MapGet("/node-pools/count", (HttpRequest request, NodePoolStore pools, NodeStore nodes) =>
            NodeEndpoints.Count(ListQuery<NodePoolRecord>.Parse(request, ListFields.NodePools(nodes)).Apply(pools.All()).Count));
        api.MapPost("/node-pools", async (HttpRequest request, NodePoolStore pools, OrganizationJson json) =>
            Results.Json(json.NodePool(pools.Create(await JsonBody.ReadObjectAsync(request))), statusCode: 201));
        api.MapGet("/node-pools/{nodepoolId}", (string nodepoolId, NodePoolStore pools, OrganizationJson json) =>
            Results.Json(json.NodePool(pools.Get(nodepoolId))));
        api.MapPut("/node-pools/{nodepoolId}", async (string nodepoolId, HttpRequest request, NodePoolStore pools, OrganizationJson json) =>
            Results.Json(json.NodePool(pools.Update(nodepoolId, await JsonBody.ReadObjectAsync(request), replace: true))));
        api.MapPatch("/node-pools/{nodepoolId}", async (string nodepoolId, HttpRequest request, NodePoolStore pools, OrganizationJson json) =>
            Results.Json(json.NodePool(pools.Update(nodepoolId, await JsonBody.ReadObjectAsync(request), replace: false))));
        api.MapDelete("/node-pools/{nodepoolId}", (string nodepoolId, NodePoolStore pools) =>
        {
            pools.Delete(nodepoolId);
            return Results.NoContent();
        });
    }
}
