using System;
using System.Net.Http;

namespace Runai.Client.Pipeline;

/// <summary>Reads <c>Retry-After</c> as delta-seconds or an HTTP date.</summary>
internal static class RetryAfterParser
{
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header is null) return null;
        if (header.Delta is TimeSpan delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is DateTimeOffset date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
