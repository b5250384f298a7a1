using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Runai.Client.Authentication;

namespace Runai.Client.Pipeline;

/// <summary>
/// Builds a connection's two HttpClients with Microsoft.Extensions.Http, handlers outer to inner:
/// request context → retry → authentication → logging → transport (the token client has no authentication).
/// </summary>
internal sealed class HttpPipeline : IDisposable
{
    public const string ApiClientName = "Runai.Api";
    public const string TokenClientName = "Runai.Token";
    private readonly ServiceProvider services;

    public HttpPipeline(RunaiConnectionOptions options, Func<TokenCache> tokens, bool canRefresh)
    {
        var baseAddress = new Uri(options.BaseUrl.AbsoluteUri.TrimEnd('/') + "/");
        var collection = new ServiceCollection();
        foreach (var (name, withAuthentication) in new[] { (ApiClientName, true), (TokenClientName, false) })
        {
            var client = collection.AddHttpClient(name, c =>
                {
                    c.BaseAddress = baseAddress;
                    c.Timeout = Timeout.InfiniteTimeSpan; // each attempt has its own timeout in the retry handler
                })
                .ConfigurePrimaryHttpMessageHandler(() => CreateTransport(options))
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
                .RemoveAllLoggers();
            foreach (var handler in HandlerOrder(options, withAuthentication ? tokens : null, canRefresh))
            {
                var create = handler;
                client.AddHttpMessageHandler(() => create());
            }
        }
        services = collection.BuildServiceProvider();
        var factory = services.GetRequiredService<IHttpClientFactory>();
        Api = factory.CreateClient(ApiClientName);
        Token = factory.CreateClient(TokenClientName);
    }

    public HttpClient Api { get; }
    public HttpClient Token { get; }

    /// <summary>The delegating handlers, outermost first.</summary>
    internal static IEnumerable<Func<DelegatingHandler>> HandlerOrder(RunaiConnectionOptions options, Func<TokenCache>? tokens, bool canRefresh)
    {
        yield return () => new RequestContextHandler(options.UserAgentSuffix);
        yield return () => new RetryHandler(options);
        if (tokens is not null) yield return () => new AuthenticationHandler(tokens, canRefresh);
        yield return () => new LoggingHandler(options.TimeProvider);
    }

    private static HttpMessageHandler CreateTransport(RunaiConnectionOptions options)
    {
        if (options.TransportFactory is not null) return options.TransportFactory();
        var handler = new HttpClientHandler();
        if (options.SkipCertificateCheck)
            handler.ServerCertificateCustomValidationCallback = (_, _, _, _) => true;
        return handler;
    }

    public void Dispose()
    {
        Api.Dispose();
        Token.Dispose();
        services.Dispose();
    }
}
