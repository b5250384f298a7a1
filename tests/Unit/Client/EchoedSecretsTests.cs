using System.Net;
using System.Text.Json;
using Runai.Client;
using Runai.Client.Diagnostics;
using Runai.Client.Json;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client;

/// <summary>A server or proxy that quotes the request back (its body, its Authorization header) never passes a secret on.</summary>
public sealed class EchoedSecretsTests
{
    private const string Secret = "s3cr3t-value";

    [Fact]
    public async Task A_token_error_that_quotes_the_request_body_does_not_show_the_client_secret()
    {
        var transport = new ScriptedTransport((_, body, _) =>
            ScriptedTransport.Json(HttpStatusCode.BadRequest, JsonSerializer.Serialize(new ErrorEcho(400, "bad request: " + body, body))));
        using var connection = TestConnections.Create(transport, maxRetries: 0);
        var log = new ListLogSink(debug: true);

        Exception error;
        using (RunaiLog.Use(log)) error = await Assert.ThrowsAnyAsync<RunaiException>(() => connection.AuthenticateAsync());

        Assert.Contains(Secret, transport.Requests.First().Body); // what the server echoed really held it
        Assert.DoesNotContain(Secret, AllText(error));
        Assert.DoesNotContain(Secret, log.All);
    }

    [Fact]
    public async Task An_error_that_quotes_the_authorization_header_does_not_show_the_token()
    {
        var transport = new ScriptedTransport((request, _, n) => n == 1
            ? ScriptedTransport.Json(HttpStatusCode.OK, $"{{\"accessToken\":\"{TestJwt.Create(DateTimeOffset.Parse("2026-01-01T00:00:00Z"), TimeSpan.FromHours(1))}\"}}")
            : ScriptedTransport.Json(HttpStatusCode.BadGateway,
                JsonSerializer.Serialize(new ErrorEcho(502, "upstream refused Authorization: " + request.Headers.Authorization, "header " + request.Headers.Authorization?.Parameter))));
        using var connection = TestConnections.Create(transport, maxRetries: 0);
        var log = new ListLogSink(debug: true);

        RunaiApiException error;
        using (RunaiLog.Use(log)) error = await Assert.ThrowsAsync<RunaiApiException>(() => connection.GetAsync("api/v1/clusters", CoreJsonContext.Default.JsonElement));

        var token = transport.Requests.Last().BearerToken!;
        Assert.False(string.IsNullOrEmpty(token));
        Assert.DoesNotContain(token, AllText(error));
        Assert.DoesNotContain(token, log.All);
        Assert.Contains(Redactor.Mask, error.ApiMessage);
    }

    private static string AllText(Exception error)
    {
        var parts = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            parts.Add(e.Message);
            if (e is RunaiApiException api) parts.AddRange(new[] { api.ApiMessage ?? "", api.Details ?? "" });
        }
        return string.Join("\n", parts);
    }

    private sealed record ErrorEcho(
        [property: System.Text.Json.Serialization.JsonPropertyName("code")] int Code,
        [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message,
        [property: System.Text.Json.Serialization.JsonPropertyName("details")] string? Details);
}
