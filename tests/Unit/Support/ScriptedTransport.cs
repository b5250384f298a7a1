using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Runai.Tests.Unit.Support;

/// <summary>A fake network: answers each request with the next scripted responder and records what it saw.</summary>
public sealed class ScriptedTransport : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, string?, int, CancellationToken, Task<HttpResponseMessage>> respond;
    private int count;

    /// <summary>A responder that honours cancellation, as a real transport does.</summary>
    public ScriptedTransport(Func<HttpRequestMessage, string?, int, CancellationToken, Task<HttpResponseMessage>> respond) => this.respond = respond;

    public ScriptedTransport(Func<HttpRequestMessage, string?, int, Task<HttpResponseMessage>> respond)
        : this((r, b, n, _) => respond(r, b, n)) { }

    public ScriptedTransport(Func<HttpRequestMessage, string?, int, HttpResponseMessage> respond)
        : this((r, b, n, _) => Task.FromResult(respond(r, b, n))) { }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int Count => Volatile.Read(ref count);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var n = Interlocked.Increment(ref count);
        Requests.Enqueue(new RecordedRequest(request.Method.Method, request.RequestUri!.PathAndQuery, body,
            request.Headers.Authorization?.Parameter, request.Headers.TryGetValues("X-Request-ID", out var ids) ? ids.First() : null));
        var response = await respond(request, body, n, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Error(HttpStatusCode status, string message) =>
        Json(status, $"{{\"code\":{(int)status},\"message\":\"{message}\"}}");
}

public sealed record RecordedRequest(string Method, string PathAndQuery, string? Body, string? BearerToken, string? RequestId);
