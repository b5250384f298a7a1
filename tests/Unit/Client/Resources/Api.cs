using System.Net;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client.Resources;

/// <summary>A fake control plane for the resource tests: the token route works, every other request goes to the given responder.</summary>
internal static class Api
{
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-01-01T00:00:00Z");

    public static ScriptedTransport Transport(Func<HttpRequestMessage, string?, CancellationToken, Task<HttpResponseMessage>> api) =>
        new((request, body, _, cancellationToken) => request.RequestUri!.AbsolutePath == "/api/v1/token"
            ? Task.FromResult(ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(Start, TimeSpan.FromHours(1)))))
            : api(request, body, cancellationToken));

    public static ScriptedTransport Transport(Func<HttpRequestMessage, string?, HttpResponseMessage> api) =>
        Transport((request, body, _) => Task.FromResult(api(request, body)));

    /// <summary>The requests the API saw (the token request left out), in order.</summary>
    public static List<RecordedRequest> Calls(this ScriptedTransport transport) =>
        transport.Requests.Where(r => r.PathAndQuery != "/api/v1/token").ToList();

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status);

    public static HttpResponseMessage Body(HttpStatusCode status, string body, string mediaType) =>
        new(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType) };
}
