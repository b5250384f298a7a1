using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Paging;

namespace Runai.Client.Organization;

/// <summary>The request shapes the organization clients share: paged lists, counts, and bodies built from models.</summary>
internal static class OrganizationRequests
{
    /// <summary>Lists lazily, one page (offset/limit) at a time, with the contract's filterBy and sortBy.</summary>
    public static async IAsyncEnumerable<TItem> ListAsync<TPage, TItem>(
        RunaiConnection connection, string path, JsonTypeInfo<TPage> pageType, Func<TPage, List<TItem>> items,
        IEnumerable<string>? filterBy, string? sortBy, int skip, int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new QueryString().Add("filterBy", filterBy).Add("sortBy", sortBy);
        var pages = Pager.ListAsync<TItem>(async (offset, limit, ct) =>
        {
            var page = await connection.GetAsync(query.With("offset", offset).With("limit", limit).AppendTo(path), pageType, ct).ConfigureAwait(false);
            return page is null ? new List<TItem>() : items(page);
        }, skip, pageSize, cancellationToken);
        await foreach (var item in pages.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return item;
    }

    public static async Task<long> CountAsync(RunaiConnection connection, string path, IEnumerable<string>? filterBy, CancellationToken cancellationToken)
    {
        var answer = await connection.GetAsync(new QueryString().Add("filterBy", filterBy).AppendTo(path),
            OrganizationJsonContext.Default.CountAnswer, cancellationToken).ConfigureAwait(false);
        return answer?.Count ?? 0;
    }

    /// <summary>
    /// The model as a request body, without the fields the operation does not take (ids, timestamps, status…). Every
    /// other field is kept, including ones this module does not model, so a read-modify-write loses nothing.
    /// </summary>
    public static JsonObject Body<TModel>(TModel model, JsonTypeInfo<TModel> modelType, IEnumerable<string> responseOnlyFields)
    {
        var body = JsonSerializer.SerializeToNode(model, modelType) as JsonObject ?? new JsonObject();
        foreach (var field in responseOnlyFields) body.Remove(field);
        return body;
    }

    public static async Task<TResult> SendAsync<TResult>(RunaiConnection connection, HttpMethod method, string path, JsonObject body,
        JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken) where TResult : class =>
        await connection.SendAsync(method, path, RunaiConnection.JsonContent(body.ToJsonString()), resultType, cancellationToken).ConfigureAwait(false)
        ?? throw new RunaiException($"{method} {path} answered without a body.");
}
