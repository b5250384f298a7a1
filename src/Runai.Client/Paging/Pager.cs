using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Paging;

/// <summary>
/// Turns the contract's <c>offset</c>/<c>limit</c> list operations into lazy sequences of pages. While the caller
/// works through one page, the request for the next is already in flight; a caller that stops early (<c>-First 5</c>)
/// cancels it.
/// </summary>
public static class Pager
{
    /// <summary>The contract's usual maximum <c>limit</c>.</summary>
    public const int DefaultPageSize = 500;

    /// <param name="fetchPage">Requests one page: (offset, limit) → items.</param>
    /// <param name="skip">Items to skip on the server.</param>
    /// <param name="pageSize">The limit of each request.</param>
    /// <param name="take">How many items the caller wants at most (null: all): nothing beyond them is requested.</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    public static async IAsyncEnumerable<IReadOnlyList<TItem>> ListPagesAsync<TItem>(
        Func<int, int, CancellationToken, Task<IReadOnlyList<TItem>>> fetchPage,
        int skip = 0,
        int pageSize = DefaultPageSize,
        int? take = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (pageSize < 1) throw new ArgumentOutOfRangeException(nameof(pageSize));
        if (take is < 1) yield break;
        using var prefetch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var offset = Math.Max(0, skip);
        var end = take is { } wanted ? (long)offset + wanted : long.MaxValue;
        int Limit(int at) => (int)Math.Min(pageSize, end - at);
        Task<IReadOnlyList<TItem>>? next = fetchPage(offset, Limit(offset), prefetch.Token);
        try
        {
            while (next is not null)
            {
                var page = await next.ConfigureAwait(false);
                next = null;
                var full = page.Count >= Limit(offset);
                offset += page.Count;
                if (full && offset < end) next = fetchPage(offset, Limit(offset), prefetch.Token);
                if (page.Count > 0) yield return page;
            }
        }
        finally
        {
            if (next is not null)
            {
                // Abandoned prefetch: stop it and observe its outcome, so it never surfaces as an unobserved exception.
                prefetch.Cancel();
                try { await next.ConfigureAwait(false); }
                catch (Exception) { }
            }
        }
    }

    /// <summary>The items of <see cref="ListPagesAsync{TItem}"/>, one by one.</summary>
    public static async IAsyncEnumerable<TItem> Flatten<TItem>(IAsyncEnumerable<IReadOnlyList<TItem>> pages,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page) yield return item;
        }
    }
}
