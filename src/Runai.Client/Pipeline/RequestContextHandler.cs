using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Pipeline;

/// <summary>Outermost handler: the User-Agent and one request id shared by all attempts of a call, for support cases.</summary>
internal sealed class RequestContextHandler : DelegatingHandler
{
    public const string RequestIdHeader = "X-Request-ID";
    private const string UserAgentHeader = "User-Agent";

    // Checked once here, then added as text: parsing it again for every request cost about 5 µs of each call.
    private readonly string userAgent;

    public RequestContextHandler(string? userAgentSuffix)
    {
        userAgent = UserAgentOf(typeof(RequestContextHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0", userAgentSuffix);
    }

    /// <summary>"Runai-PowerShell/1.2.3 (suffix)"; a suffix that is no valid header comment is left out rather than sent malformed.</summary>
    internal static string UserAgentOf(string version, string? suffix)
    {
        var product = new ProductInfoHeaderValue("Runai-PowerShell", version).ToString();
        if (string.IsNullOrWhiteSpace(suffix)) return product;
        var comment = $"({suffix!.Trim()})";
        return ProductInfoHeaderValue.TryParse(comment, out _) ? $"{product} {comment}" : product;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(UserAgentHeader);
        request.Headers.TryAddWithoutValidation(UserAgentHeader, userAgent);
        if (!request.Headers.Contains(RequestIdHeader)) request.Headers.TryAddWithoutValidation(RequestIdHeader, Guid.NewGuid().ToString("N"));
        return base.SendAsync(request, cancellationToken);
    }
}
