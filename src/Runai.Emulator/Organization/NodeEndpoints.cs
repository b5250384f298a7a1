using Runai.Emulator.Collections;
using System.Text.Json.Nodes;

namespace Runai.Emulator.Organization;

/// <summary><c>GET /api/v1/nodes</c>, its counts, and the per-cluster node count.</summary>
public static class NodeEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/nodes", (HttpRequest request, NodeStore nodes) =>
        {
            var query = ListQuery<NodeRecord>.Parse(request, ListFields.Nodes());
            var page = query.Page(query.Apply(nodes.All()));
            return Results.Json(new JsonObject { ["nodes"] = new JsonArray(page.Select(n => (JsonNode)OrganizationJson.Node(n)).ToArray()) });
        });
        api.MapGet("/nodes/count", (HttpRequest request, NodeStore nodes) =>
            Count(ListQuery<NodeRecord>.Parse(request, ListFields.Nodes()).Apply(nodes.All()).Count));
        api.MapGet("/clusters/{clusterUuid}/nodes/count", (string clusterUuid, HttpRequest request, NodeStore nodes) =>
            Count(ListQuery<NodeRecord>.Parse(request, ListFields.Nodes()).Apply(nodes.All().Where(n => n.ClusterId == clusterUuid)).Count));
    }

    public static IResult Count(int count) => Results.Json(new JsonObject { ["count"] = count });
}
