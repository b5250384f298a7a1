using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Http;
using Runai.Client.Authentication;

namespace Runai.Client.Pipeline;

/// <summary>
/// Builds a connection's two HttpClients, handlers outer to inner:
/// request context → retry → authentication → logging → transport (the token client has no authentication).
/// </summary>
internal sealed class HttpPipeline : IDisposable
{
    public HttpPipeline(RunaiConnectionOptions options, Func<TokenCache> tokens, bool canRefresh)
    {
        var baseAddress = new Uri(options.BaseUrl.AbsoluteUri.TrimEnd('/') + "/");
        Api = CreateClient(baseAddress, options, HandlerOrder(options, tokens, canRefresh));
        Token = CreateClient(baseAddress, options, HandlerOrder(options, null, canRefresh));
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

    private static HttpClient CreateClient(Uri baseAddress, RunaiConnectionOptions options, IEnumerable<Func<DelegatingHandler>> handlers) =>
        new(HandlerChain.Create(CreateTransport(options), handlers.Select(create => create())), disposeHandler: true)
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan, // each attempt has its own timeout in the retry handler
        };

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
    }

    /// <summary>
    /// Chains the handlers with Microsoft.Extensions.Http's own <see cref="HttpMessageHandlerBuilder.CreateHandlerPipeline"/>,
    /// without the dependency-injection container behind IHttpClientFactory: a connection owns its two clients for its
    /// whole life (the factory's handler rotation was switched off), so the container only cost import memory and time.
    /// </summary>
    private sealed class HandlerChain : HttpMessageHandlerBuilder
    {
        public static HttpMessageHandler Create(HttpMessageHandler transport, IEnumerable<DelegatingHandler> handlers) =>
            CreateHandlerPipeline(transport, handlers);

        public override string? Name { get; set; }
        public override HttpMessageHandler PrimaryHandler { get; set; } = null!;
        public override IList<DelegatingHandler> AdditionalHandlers { get; } = new List<DelegatingHandler>();
        public override HttpMessageHandler Build() => CreateHandlerPipeline(PrimaryHandler, AdditionalHandlers);
    }
}
