using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Paging;

/// <summary>
/// Turns the contract's <c>offset</c>/<c>limit</c> list operations into lazy sequences: a page is fetched only when the
/// caller has consumed the previous one, so cmdlets stream and <c>-First 5</c> costs one small request.
/// </summary>
public static class Pager
{
    /// <summary>The contract's usual maximum <c>limit</c>.</summary>
    public const int DefaultPageSize = 500;

    public static async IAsyncEnumerable<TItem> ListAsync<TItem>(
        Func<int, int, CancellationToken, Task<IReadOnlyList<TItem>>> fetchPage,
        int skip = 0,
        int pageSize = DefaultPageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (pageSize < 1) throw new ArgumentOutOfRangeException(nameof(pageSize));
        var offset = Math.Max(0, skip);
        while (true)
        {
            var page = await fetchPage(offset, pageSize, cancellationToken).ConfigureAwait(false);
            foreach (var item in page) yield return item;
            if (page.Count < pageSize) yield break;
            offset += page.Count;
        }
    }
}
