using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Authentication;

namespace Runai.Client.Pipeline;

/// <summary>
/// Adds the bearer token; on a 401 asks for a fresh token once and replays once. Refuses to send a token over plain
/// HTTP except to a loopback address.
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    private readonly Func<TokenCache> tokens;
    private readonly bool canRefresh;

    public AuthenticationHandler(Func<TokenCache> tokens, bool canRefresh)
    {
        this.tokens = tokens;
        this.canRefresh = canRefresh;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
            throw new RunaiAuthenticationException($"Refusing to send a bearer token over plain HTTP to '{uri.Host}'; use https.");

        var token = await tokens().GetTokenAsync(null, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !canRefresh) return response;

        var fresh = await tokens().GetTokenAsync(token, cancellationToken).ConfigureAwait(false);
        if (ReferenceEquals(fresh, token)) return response;
        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh.Token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
