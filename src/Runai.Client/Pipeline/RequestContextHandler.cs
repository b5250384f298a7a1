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
    private readonly ProductInfoHeaderValue product;
    private readonly string? suffix;

    public RequestContextHandler(string? userAgentSuffix)
    {
        var version = typeof(RequestContextHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        product = new ProductInfoHeaderValue("Runai-PowerShell", version);
        suffix = userAgentSuffix;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.UserAgent.Clear();
        request.Headers.UserAgent.Add(product);
        if (!string.IsNullOrWhiteSpace(suffix)) request.Headers.UserAgent.Add(new ProductInfoHeaderValue($"({suffix})"));
        if (!request.Headers.Contains(RequestIdHeader)) request.Headers.Add(RequestIdHeader, Guid.NewGuid().ToString("N"));
        return base.SendAsync(request, cancellationToken);
    }
}
