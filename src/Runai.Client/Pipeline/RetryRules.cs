using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Runai.Client.Pipeline;

/// <summary>
/// Which failures are worth another attempt. Reads (and PUT/DELETE, which are idempotent) retry on 408, 429, 500, 502,
/// 503, 504, connection failures and timeouts. POST and PATCH retry only where the request cannot have taken effect:
/// connection refused, 429 and 503; anything else surfaces, so a create is never silently sent twice.
/// </summary>
public static class RetryRules
{
    public static bool IsIdempotent(HttpMethod method) =>
        method != HttpMethod.Post && !string.Equals(method.Method, "PATCH", StringComparison.OrdinalIgnoreCase);

    public static bool ShouldRetry(HttpMethod method, HttpStatusCode status)
    {
        var code = (int)status;
        if (code is 429 or 503) return true;
        return IsIdempotent(method) && code is 408 or 500 or 502 or 504;
    }

    public static bool ShouldRetry(HttpMethod method, Exception exception)
    {
        if (exception is AttemptTimeoutException) return IsIdempotent(method);
        if (exception is HttpRequestException) return IsIdempotent(method) || IsConnectionRefused(exception);
        return false;
    }

    /// <summary>True when the server never accepted the connection, so the request cannot have been applied.</summary>
    public static bool IsConnectionRefused(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused }) return true;
        return false;
    }
}

/// <summary>One attempt took longer than the connection's timeout.</summary>
public sealed class AttemptTimeoutException : TimeoutException
{
    public AttemptTimeoutException(TimeSpan timeout, Exception inner)
        : base($"The request did not complete within {timeout.TotalSeconds:0.#} s.", inner) { }
}
