using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Diagnostics;
using Runai.Client.Paging;
using Runai.Client.Pipeline;

namespace Runai.Client.Resources;

/// <summary>
/// Every operation of one REST collection, driven by its <see cref="ResourceDescriptor{T}"/>: lazy paged lists with
/// the next page prefetched, count, get, find by exact name, resolve a name or id, create, read-merge-write update
/// that keeps unknown fields, patch, delete. Ids and filter values are checked before anything is sent; each answer
/// is judged against the statuses the contract documents for its operation.
/// </summary>
public sealed class ResourceClient<T> where T : class
{
    private static readonly HttpMethod Patch = new("PATCH");
    private readonly RunaiConnection connection;

    internal ResourceClient(RunaiConnection connection, ResourceDescriptor<T> resource)
    {
        this.connection = connection;
        Resource = resource;
    }

    public ResourceDescriptor<T> Resource { get; }

    /// <summary>Pages of the list, lazily: a page is requested while the previous one is being consumed.</summary>
    public IAsyncEnumerable<IReadOnlyList<T>> ListPagesAsync(ResourceQuery? query = null, int skip = 0, int pageSize = Pager.DefaultPageSize,
        int? take = null, CancellationToken cancellationToken = default)
    {
        var operation = Require(Resource.Operations.List, "list");
        var parameters = QueryOf(query).ToQueryString();
        if (!Resource.Paged)
        {
            return Pager.ListPagesAsync<T>(async (_, _, ct) =>
            {
                var all = await ReadListAsync(parameters.AppendTo(Resource.Route), operation, ct).ConfigureAwait(false);
                return all.Skip(Math.Max(0, skip)).Take(take ?? int.MaxValue).ToList();
            }, 0, int.MaxValue, cancellationToken: cancellationToken);
        }
        return Pager.ListPagesAsync<T>(
            (offset, limit, ct) => ReadListAsync(parameters.With("offset", offset).With("limit", limit).AppendTo(Resource.Route), operation, ct),
            skip, pageSize, take, cancellationToken);
    }

    public IAsyncEnumerable<T> ListAsync(ResourceQuery? query = null, int skip = 0, int pageSize = Pager.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        Pager.Flatten(ListPagesAsync(query, skip, pageSize, cancellationToken: cancellationToken), cancellationToken);

    /// <summary>Every item of the list, in memory (for lookups of small collections; stream large ones).</summary>
    public async Task<List<T>> ListAllAsync(ResourceQuery? query = null, CancellationToken cancellationToken = default)
    {
        var all = new List<T>();
        await foreach (var page in ListPagesAsync(query, cancellationToken: cancellationToken).ConfigureAwait(false)) all.AddRange(page);
        return all;
    }

    /// <summary>
    /// The names of the items the query selects (at most <paramref name="limit"/>, sorted, without repeats), kept in
    /// the connection's cache for a short time and dropped when this client changes the collection: what tab
    /// completion offers, without listing the collection again on every key press.
    /// </summary>
    public Task<IReadOnlyList<string>> ListNamesAsync(ResourceQuery? query = null, int limit = 1000, CancellationToken cancellationToken = default)
    {
        var key = Resource.Route + "|names|" + (query ?? new ResourceQuery()).ToQueryString().AppendTo("") + "|" + limit;
        return connection.Cache.GetOrAddAsync<IReadOnlyList<string>>(key, async ct =>
        {
            var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            await foreach (var page in ListPagesAsync(query, take: limit, cancellationToken: ct).ConfigureAwait(false))
            {
                foreach (var item in page)
                {
                    if (Resource.NameOf(item) is { Length: > 0 } name) names.Add(name);
                }
            }
            return names.ToList();
        }, cancellationToken);
    }

    public async Task<long> CountAsync(ResourceQuery? query = null, CancellationToken cancellationToken = default)
    {
        var operation = Require(Resource.Operations.Count, "count");
        var path = QueryOf(query).ToQueryString().AppendTo(Resource.Route + "/count");
        var answer = await SendAsync(HttpMethod.Get, path, null, operation,
            (r, body) => ResponseReader.Parse(r, body, "GET", PathOnly(path), b => JsonSerializer.Deserialize(b, ResourceJsonContext.Default.CountAnswer), "a count"),
            cancellationToken).ConfigureAwait(false);
        return answer.Count;
    }

    public Task<T> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var operation = Require(Resource.Operations.Get, "get");
        return SendAsync(HttpMethod.Get, ItemPath(id), null, operation, ReadItem("GET", ItemPath(id)), cancellationToken);
    }

    /// <summary>
    /// Whether an item could be created with this name in the scope <paramref name="scope"/>'s parameters name: the server
    /// answers a success status when it is free and 409 when it is taken; any other answer is an error.
    /// </summary>
    public async Task<bool> IsNameAvailableAsync(string name, ResourceQuery scope, CancellationToken cancellationToken = default)
    {
        var operation = Require(Resource.Operations.NameAvailability, "name-availability");
        if (string.IsNullOrEmpty(name)) throw new RunaiInvalidValueException(InvalidValueKind.Name, name, $"A {Resource.Noun} name is needed.");
        var parameters = new QueryString().Add(Resource.NameAvailabilityParameter!, name);
        foreach (var p in scope.Parameters) parameters.Add(p.Key, p.Value);
        var path = parameters.AppendTo(Resource.Route + "/name-availability");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await connection.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Conflict) return false;
        await ResponseReader.EnsureSuccessAsync(response, "GET", PathOnly(path), operation).ConfigureAwait(false);
        return true;
    }

    /// <summary>The item with exactly this name (within the scope, when given), or null.</summary>
    public async Task<T?> FindByNameAsync(string name, string? scope = null, CancellationToken cancellationToken = default)
    {
        if (!Resource.Filterable || Resource.NameField is null)
        {
            await foreach (var item in ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (string.Equals(Resource.NameOf(item), name, StringComparison.OrdinalIgnoreCase) && InScope(item, scope)) return item;
            }
            return null;
        }
        if (FilterBy.Problem(name) is not null) return null; // no item can be named so
        var query = new ResourceQuery().Where(Resource.NameField!, "==", name);
        if (scope is not null && Resource.ScopeField is { } field) query.Where(field, "==", scope);
        await foreach (var item in ListAsync(query, pageSize: 50, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (Resource.NameOf(item) == name && InScope(item, scope)) return item;
        }
        return null;
    }

    /// <summary>The item named <paramref name="nameOrId"/> (within the scope), else the one with that id; else not found.</summary>
    public async Task<T> ResolveAsync(string nameOrId, string? scope = null, CancellationToken cancellationToken = default)
    {
        var byName = await FindByNameAsync(nameOrId, scope, cancellationToken).ConfigureAwait(false);
        if (byName is not null) return byName;
        if (Resource.Operations.Get is not null && ResourceIds.IsValid(Resource, nameOrId))
        {
            try
            {
                return await GetAsync(nameOrId, cancellationToken).ConfigureAwait(false);
            }
            catch (RunaiApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
            {
                // Neither a name nor an id: reported below, naming the input.
            }
        }
        throw new RunaiResourceNotFoundException(Resource.Noun, nameOrId);
    }

    /// <summary>
    /// Creates the item; an answer without a body (202) is followed by a look-up of the new item by name. Never creates
    /// two: when the create fails in a way that may hide an applied request (lost connection, timeout, 5xx), the item
    /// of that name is looked up. Found and matching the request: it is returned with a warning. Found and different:
    /// a 409 error says so. Absent: the create is sent once more. The look-up failing too: the error says the request
    /// may have been applied and how to check.
    /// </summary>
    public async Task<T> CreateAsync(T item, CancellationToken cancellationToken = default)
    {
        var operation = Require(Resource.Operations.Create, "create");
        var body = Resource.RequestBody(item, Resource.ServerOwnedFields);
        var name = Resource.NameOf(item);
        var scope = Resource.ScopeOf?.Invoke(item);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var answered = HttpStatusCode.OK;
                var readItem = ReadOptionalItem("POST", Resource.Route);
                var created = await SendAsync(HttpMethod.Post, Resource.Route, body, operation, (r, b) =>
                {
                    answered = r.StatusCode;
                    return readItem(r, b);
                }, cancellationToken).ConfigureAwait(false);
                connection.Cache.Invalidate(Resource.Route);
                if (created is not null) return created;
                if (await FindByNameAsync(name, scope, cancellationToken).ConfigureAwait(false) is { } found) return found;
                // 202: accepted to be made later, so not there yet. Any other empty success made nothing that can be seen.
                if (answered == HttpStatusCode.Accepted) return item;
                throw new RunaiInvalidResponseException(answered, "POST", "/" + Resource.Route, null,
                    $"no {Resource.Noun} in its body, and no {Resource.Noun} named '{name}' exists afterwards");
            }
            catch (RunaiException error) when (LostAnswer.MayHaveBeenApplied(error) && !cancellationToken.IsCancellationRequested)
            {
                connection.Cache.Invalidate(Resource.Route);
                T? existing;
                try
                {
                    existing = await FindByNameAsync(name, scope, cancellationToken).ConfigureAwait(false);
                }
                catch (RunaiException lookup) when (LostAnswer.MayHaveBeenApplied(lookup))
                {
                    throw LostAnswer.Unconfirmed(error, "POST", Resource.Route, Resource.Noun, name);
                }
                if (existing is null)
                {
                    if (attempt > 1) throw;
                    RunaiLog.Current?.Verbose($"The create of {Resource.Noun} '{name}' got no answer ({error.Message}) and no such {Resource.Noun} exists; sending it again.");
                    continue;
                }
                if (LostAnswer.Difference(body, JsonSerializer.SerializeToNode(existing, Resource.ItemType) as JsonObject) is { } difference)
                {
                    throw new RunaiApiException(HttpStatusCode.Conflict, "POST", "/" + Resource.Route, 409,
                        $"A {Resource.Noun} named '{name}' exists and differs from this request ({difference}); the create got no answer, so it may or may not have made it. Compare it with what you asked for.",
                        null, null, error);
                }
                RunaiLog.Current?.Warning(
                    $"The create of {Resource.Noun} '{name}' got no answer ({error.Message}), but a {Resource.Noun} of that name matching the request exists (the attempt was applied); returning it instead of creating another.");
                return existing;
            }
        }
    }

    /// <summary>PUT of every field the update takes, modelled or not, from an item read with <see cref="GetAsync"/> and changed.</summary>
    public async Task<T> UpdateAsync(T item, CancellationToken cancellationToken = default)
    {
        var operation = Require(Resource.Operations.Update, "update");
        var id = Resource.IdOf(item);
        var body = Resource.RequestBody(item, Resource.ServerOwnedFields.Concat(Resource.FixedFields));
        var updated = await SendAsync(HttpMethod.Put, ItemPath(id), body, operation, ReadOptionalItem("PUT", ItemPath(id)), cancellationToken)
            .ConfigureAwait(false);
        connection.Cache.Invalidate(Resource.Route);
        return updated ?? await GetAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Read, change, write back: only what <paramref name="change"/> touches differs from what the server had.</summary>
    public async Task<T> UpdateAsync(string id, Action<T> change, CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        change(item);
        return await UpdateAsync(item, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>PUT of a body built by the caller, for collections whose update takes other fields than their answer has.</summary>
    public async Task<T> ReplaceAsync(string id, JsonObject body, CancellationToken cancellationToken = default)
    {
        var operation = Require(Resource.Operations.Update, "update");
        var updated = await SendAsync(HttpMethod.Put, ItemPath(id), body, operation, ReadOptionalItem("PUT", ItemPath(id)), cancellationToken)
            .ConfigureAwait(false);
        connection.Cache.Invalidate(Resource.Route);
        return updated ?? await GetAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>PATCH: only the fields in <paramref name="changes"/> change.</summary>
    public async Task<T> PatchAsync(string id, JsonObject changes, CancellationToken cancellationToken = default)
    {
        var operation = Require(Resource.Operations.Patch, "patch");
        var patched = await SendAsync(Patch, ItemPath(id), changes, operation, ReadOptionalItem("PATCH", ItemPath(id)), cancellationToken)
            .ConfigureAwait(false);
        connection.Cache.Invalidate(Resource.Route);
        return patched ?? await GetAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the item. A retry answered 404 after an earlier attempt lost its answer means that attempt was applied:
    /// the item is gone as asked, so that is success (with a warning), not an error.
    /// </summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var operation = Require(Resource.Operations.Delete, "delete");
        await connection.DeleteAsync(ItemPath(id), operation, $"{Resource.Noun} {id}", cancellationToken).ConfigureAwait(false);
        connection.Cache.Invalidate(Resource.Route);
    }

    /// <summary>The item's path, with its id checked (form, literal segments, path characters) and encoded.</summary>
    public string ItemPath(string id) => Resource.Route + "/" + RunaiPath.Encode(ResourceIds.Check(Resource, id));

    private async Task<IReadOnlyList<T>> ReadListAsync(string path, IReadOnlyList<int> operation, CancellationToken cancellationToken) =>
        await connection.GetStreamedAsync(path, operation, (body, ct) => PageReader.ReadAsync(body, Resource.ListEnvelope, Resource.ListType, ct),
            $"a page of {Resource.Noun}s", cancellationToken).ConfigureAwait(false);

    private Func<HttpResponseMessage, byte[], T> ReadItem(string method, string path) =>
        (r, body) => ResponseReader.Parse(r, body, method, PathOnly(path), b => JsonSerializer.Deserialize(b, Resource.ItemType), "a " + Resource.Noun);

    private Func<HttpResponseMessage, byte[], T?> ReadOptionalItem(string method, string path) =>
        (r, body) => ResponseReader.IsEmpty(body) ? null : ReadItem(method, path)(r, body);

    private async Task<TResult> SendAsync<TResult>(HttpMethod method, string path, JsonObject? body, IReadOnlyList<int> documented,
        Func<HttpResponseMessage, byte[], TResult> read, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : RunaiConnection.JsonContent(body.ToJsonString()) };
        using var response = await connection.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await ResponseReader.EnsureSuccessAsync(response, method.Method, PathOnly(path), documented).ConfigureAwait(false);
        var bytes = await ResponseReader.ReadBytesAsync(response).ConfigureAwait(false);
        return read(response, bytes);
    }

    // The descriptor's fixed parameters (a required requestType) go with every list and count.
    private ResourceQuery QueryOf(ResourceQuery? query) => (query ?? new ResourceQuery()).WithFixed(Resource.FixedQuery);

    private bool InScope(T item, string? scope) =>
        scope is null || Resource.ScopeOf is null || string.Equals(Resource.ScopeOf(item), scope, StringComparison.OrdinalIgnoreCase);

    private IReadOnlyList<int> Require(IReadOnlyList<int>? operation, string name) =>
        operation ?? throw new NotSupportedException($"The Run:ai API has no {name} operation for {Resource.Noun}s.");

    private static string PathOnly(string pathAndQuery) => RunaiConnection.PathOnly(pathAndQuery);
}
