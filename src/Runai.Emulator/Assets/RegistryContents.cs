using System.Text.Json.Nodes;
using Runai.Emulator.Collections;

namespace Runai.Emulator.Assets;

/// <summary>
/// What a registry holds (<c>/asset/registries/{AssetId}/repositories</c> and <c>…/repositories/tags</c>): the emulator
/// reaches no real registry, so every registry answers the same small catalog, narrowed by <c>searchName</c>.
/// </summary>
public static class RegistryContents
{
    public static readonly IReadOnlyDictionary<string, string[]> Catalog = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["nvidia/pytorch"] = ["24.05-py3", "24.08-py3"],
        ["nvidia/tensorflow"] = ["24.05-tf2-py3"],
        ["nim/meta/llama-3.1-8b-instruct"] = ["1.1.2", "latest"],
    };

    public static void Map(IEndpointRouteBuilder api, CollectionStore<AssetRecord> registries)
    {
        api.MapGet("/asset/registries/{AssetId}/repositories", (string assetId, HttpRequest request) =>
        {
            registries.Get(assetId);
            return Results.Json(new JsonObject { ["repositories"] = Names(Catalog.Keys, request) });
        });
        api.MapGet("/asset/registries/{AssetId}/repositories/tags", (string assetId, HttpRequest request) =>
        {
            registries.Get(assetId);
            var repository = request.Query["repository"].ToString();
            if (!Catalog.TryGetValue(repository, out var tags)) throw Infrastructure.ApiProblem.NotFound($"Repository '{repository}' was not found.");
            return Results.Json(new JsonObject { ["name"] = repository, ["tags"] = Names(tags, request) });
        });
    }

    private static JsonArray Names(IEnumerable<string> names, HttpRequest request)
    {
        var search = request.Query["searchName"].ToString();
        return new JsonArray(names.Where(n => search.Length == 0 || n.Contains(search, StringComparison.OrdinalIgnoreCase)).Select(n => (JsonNode?)n).ToArray());
    }
}
