using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Collections;

/// <summary>
/// Maps a <see cref="Collection{TRecord}"/>'s routes: list (page envelope, shared <see cref="ListQuery{T}"/>), count,
/// get, and those of create, PUT, PATCH and delete it declares. Refusals are <see cref="ApiProblem"/>s from the store
/// (404, 409) or the rules. See README.md in this folder for what a new resource needs.
/// </summary>
public static class CollectionRoutes
{
    public static void Map<TRecord>(IEndpointRouteBuilder api, Collection<TRecord> collection) where TRecord : class, ICollectionRecord
    {
        var store = collection.Store;
        api.MapGet(collection.Route, (HttpRequest request) =>
        {
            collection.CheckListParameters?.Invoke(request.Query);
            if (!collection.Paged)
            {
                var kept = new JsonArray(Kept(collection, request.Query).Select(r => (JsonNode)collection.Render(r)).ToArray());
                return collection.Envelope is { } unpagedEnvelope ? Results.Json(new JsonObject { [unpagedEnvelope] = kept }) : Results.Json(kept);
            }
            var query = ListQuery<TRecord>.Parse(request, collection.Fields);
            var matching = query.Apply(Kept(collection, request.Query));
            if (collection.Envelope is not { } envelope) return Results.Json(new JsonArray(query.Page(matching).Select(r => (JsonNode)collection.Render(r)).ToArray()));
            var body = query.PageBody(matching, envelope, collection.Render, collection.PagesHaveNext);
            if (collection.PagesHaveTotals)
            {
                body["totalRecords"] = matching.Count;
                body["displayRecords"] = body[envelope]!.AsArray().Count;
            }
            return Results.Json(body);
        });
        if (collection.HasCount)
        {
            api.MapGet(collection.Route + "/count", (HttpRequest request) =>
            {
                collection.CheckListParameters?.Invoke(request.Query);
                return Results.Json(ListQuery<TRecord>.CountBody(ListQuery<TRecord>.Parse(request, collection.Fields).Apply(Kept(collection, request.Query)).Count));
            });
        }
        if (collection.NameAvailability is { } nameAsked)
        {
            // Mapped before the item route's GET; routing prefers the literal segment either way.
            api.MapGet(collection.Route + "/name-availability", (HttpRequest request) =>
            {
                var (name, scope) = nameAsked(request.Query);
                if (store.IsNameTaken(scope, name)) throw ApiProblem.Conflict($"{store.Noun} '{name}' already exists in {store.DescribeScope(scope)}.");
                return Results.NoContent();
            });
        }
        if (collection.GetById)
            api.MapGet(collection.ItemRoute, (HttpRequest request) => Results.Json(collection.Render(store.Get(collection.IdOf(request)))));
        if (collection.Create is { } create)
        {
            api.MapPost(collection.Route, async (HttpRequest request) =>
            {
                var body = await JsonBody.ReadObjectAsync(request);
                var created = store.Add(id => create(body, id));
                return Results.Json((collection.RenderCreated ?? collection.Render)(created), statusCode: collection.CreateStatus);
            });
        }
        if (collection.Replace is { } replace) MapUpdate(api, HttpMethods.Put, collection, replace);
        if (collection.Patch is { } patch) MapUpdate(api, HttpMethods.Patch, collection, patch);
        if (collection.Delete is { } refuse)
        {
            api.MapDelete(collection.ItemRoute, (HttpRequest request) =>
            {
                store.Remove(collection.IdOf(request), refuse);
                return Results.StatusCode(collection.DeleteStatus);
            });
        }
    }

    /// <summary>The records a list or count may answer: all, or those the collection's <see cref="Collection{TRecord}.ListFilter"/> keeps for this query.</summary>
    private static List<TRecord> Kept<TRecord>(Collection<TRecord> collection, IQueryCollection query) where TRecord : class, ICollectionRecord =>
        collection.ListFilter is { } keep ? collection.Store.Where(r => keep(query, r)) : collection.Store.All();

    private static void MapUpdate<TRecord>(IEndpointRouteBuilder api, string method, Collection<TRecord> collection, Action<TRecord, JsonObject> update)
        where TRecord : class, ICollectionRecord =>
        api.MapMethods(collection.ItemRoute, [method], async (HttpRequest request) =>
        {
            var body = await JsonBody.ReadObjectAsync(request);
            return Results.Json(collection.Render(collection.Store.Change(collection.IdOf(request), record => update(record, body))),
                statusCode: collection.UpdateStatus);
        });
}
