using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Runai.Client;
using Runai.Client.Diagnostics;
using Runai.Client.Json;
using Runai.Client.Pipeline;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client;

public class RetryTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-01-01T00:00:00Z");

    [Theory]
    [InlineData("GET", 408, true)]
    [InlineData("GET", 429, true)]
    [InlineData("GET", 500, true)]
    [InlineData("GET", 502, true)]
    [InlineData("GET", 503, true)]
    [InlineData("GET", 504, true)]
    [InlineData("GET", 400, false)]
    [InlineData("GET", 404, false)]
    [InlineData("GET", 409, false)]
    [InlineData("PUT", 500, true)]
    [InlineData("DELETE", 504, true)]
    [InlineData("POST", 429, true)]
    [InlineData("POST", 503, true)]
    [InlineData("POST", 500, false)]
    [InlineData("POST", 502, false)]
    [InlineData("POST", 504, false)]
    [InlineData("POST", 408, false)]
    [InlineData("PATCH", 503, true)]
    [InlineData("PATCH", 500, false)]
    public async Task Failing_calls_are_retried_per_method_and_status(string method, int status, bool retried)
    {
        var transport = ApiAlways((HttpStatusCode)status);
        using var connection = TestConnections.Create(transport, maxRetries: 3);

        var error = await Assert.ThrowsAsync<RunaiApiException>(() =>
            connection.SendAsync(new HttpMethod(method), "api/v1/things", null, CoreJsonContext.Default.JsonElement));

        Assert.Equal(status, (int)error.StatusCode);
        Assert.Equal(retried ? 4 : 1, ApiCalls(transport));
    }

    [Fact]
    public async Task MaxRetries_zero_disables_retries()
    {
        var transport = ApiAlways(HttpStatusCode.ServiceUnavailable);
        using var connection = TestConnections.Create(transport, maxRetries: 0);
        await Assert.ThrowsAsync<RunaiApiException>(() => connection.GetAsync("api/v1/things", CoreJsonContext.Default.JsonElement));
        Assert.Equal(1, ApiCalls(transport));
    }

    [Fact]
    public async Task Retry_After_is_honoured_on_the_injected_clock()
    {
        var time = new FakeTimeProvider(Start);
        var transport = ApiSequence(time, n =>
        {
            if (n > 1) return ScriptedTransport.Json(HttpStatusCode.OK, "[]");
            var busy = ScriptedTransport.Error(HttpStatusCode.TooManyRequests, "slow down");
            busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(5));
            return busy;
        });
        using var connection = TestConnections.Create(transport, time: time, retryDelay: TimeSpan.FromMilliseconds(1));
        await connection.AuthenticateAsync();

        var call = connection.GetAsync("api/v1/things", CoreJsonContext.Default.JsonElement);
        await WaitUntil(() => ApiCalls(transport) == 1);
        time.Advance(TimeSpan.FromSeconds(4.9));
        await Task.Delay(100);
        Assert.Equal(1, ApiCalls(transport));          // still waiting: the server asked for 5 s
        time.Advance(TimeSpan.FromSeconds(0.2));
        await call;
        Assert.Equal(2, ApiCalls(transport));
    }

    [Fact]
    public async Task A_huge_Retry_After_is_capped()
    {
        var time = new FakeTimeProvider(Start);
        var transport = ApiSequence(time, n =>
        {
            if (n > 1) return ScriptedTransport.Json(HttpStatusCode.OK, "[]");
            var busy = ScriptedTransport.Error(HttpStatusCode.ServiceUnavailable, "maintenance");
            busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromHours(2));
            return busy;
        });
        using var connection = TestConnections.Create(transport, time: time);
        await connection.AuthenticateAsync();

        var call = connection.GetAsync("api/v1/things", CoreJsonContext.Default.JsonElement);
        await WaitUntil(() => ApiCalls(transport) == 1);
        time.Advance(connection.Options.MaxRetryAfter);
        await call;
        Assert.Equal(2, ApiCalls(transport));
    }

    [Fact]
    public async Task A_post_is_retried_when_the_connection_was_refused()
    {
        var refused = 0;
        var transport = new ScriptedTransport((request, _, _) =>
        {
            if (request.RequestUri!.AbsolutePath == "/api/v1/token") return ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(Start, TimeSpan.FromHours(1))));
            if (Interlocked.Increment(ref refused) == 1) throw new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused));
            return ScriptedTransport.Json(HttpStatusCode.Created, "{}");
        });
        using var connection = TestConnections.Create(transport);

        await connection.SendAsync(HttpMethod.Post, "api/v1/things", RunaiConnection.JsonContent("{}"), CoreJsonContext.Default.JsonElement);
        Assert.Equal(2, refused);
    }

    [Fact]
    public async Task A_post_that_may_have_been_applied_is_not_retried()
    {
        var transport = new ScriptedTransport((request, _, _) =>
        {
            if (request.RequestUri!.AbsolutePath == "/api/v1/token") return ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(Start, TimeSpan.FromHours(1))));
            throw new HttpRequestException("The response ended prematurely.", new IOException("reset"));
        });
        using var connection = TestConnections.Create(transport);

        var error = await Assert.ThrowsAsync<RunaiNetworkException>(() =>
            connection.SendAsync(HttpMethod.Post, "api/v1/things", RunaiConnection.JsonContent("{}"), CoreJsonContext.Default.JsonElement));
        Assert.False(error.IsTimeout);
        Assert.Equal(1, ApiCalls(transport));
    }

    [Fact]
    public async Task Every_attempt_has_its_own_log_line_and_all_share_one_request_id()
    {
        var transport = ApiSequence(new FakeTimeProvider(Start), n => n < 3 ? ScriptedTransport.Error(HttpStatusCode.BadGateway, "x") : ScriptedTransport.Json(HttpStatusCode.OK, "[]"));
        using var connection = TestConnections.Create(transport);
        var sink = new ListLogSink(debug: false);
        using (RunaiLog.Use(sink)) await connection.GetAsync("api/v1/things", CoreJsonContext.Default.JsonElement);

        var lines = sink.Lines.Where(l => l.StartsWith("VERBOSE: GET /api/v1/things ->")).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains("(attempt 1)", lines[0]);
        Assert.Contains("502", lines[0]);
        Assert.Contains("(attempt 3)", lines[2]);
        Assert.Single(transport.Requests.Where(r => r.PathAndQuery == "/api/v1/things").Select(r => r.RequestId).Distinct());
    }

    [Fact]
    public async Task Each_attempt_has_its_own_timeout()
    {
        var calls = 0;
        var transport = new ScriptedTransport(async (request, _, _, cancellationToken) =>
        {
            if (request.RequestUri!.AbsolutePath == "/api/v1/token") return ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(DateTimeOffset.UtcNow, TimeSpan.FromHours(1))));
            if (Interlocked.Increment(ref calls) == 1) await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return ScriptedTransport.Json(HttpStatusCode.OK, "[]");
        });
        using var connection = TestConnections.Create(transport, time: TimeProvider.System, timeout: TimeSpan.FromMilliseconds(200));
        await connection.GetAsync("api/v1/things", CoreJsonContext.Default.JsonElement);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Handlers_are_ordered_context_retry_authentication_logging()
    {
        var options = new RunaiConnectionOptions { BaseUrl = TestConnections.BaseUrl };
        var order = HttpPipeline.HandlerOrder(options, () => null!, canRefresh: true).Select(create => create().GetType()).ToList();
        Assert.Equal(new[] { typeof(RequestContextHandler), typeof(RetryHandler), typeof(AuthenticationHandler), typeof(LoggingHandler) }, order);

        var tokenOrder = HttpPipeline.HandlerOrder(options, null, canRefresh: true).Select(create => create().GetType()).ToList();
        Assert.DoesNotContain(typeof(AuthenticationHandler), tokenOrder);
    }

    private static ScriptedTransport ApiAlways(HttpStatusCode status) =>
        new((request, _, _) => request.RequestUri!.AbsolutePath == "/api/v1/token"
            ? ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(Start, TimeSpan.FromHours(1))))
            : ScriptedTransport.Error(status, "failure"));

    /// <summary>The token endpoint always works; the n-th API call (1-based) gets <paramref name="api"/>(n).</summary>
    private static ScriptedTransport ApiSequence(FakeTimeProvider time, Func<int, HttpResponseMessage> api)
    {
        var n = 0;
        return new ScriptedTransport((request, _, _) => request.RequestUri!.AbsolutePath == "/api/v1/token"
            ? ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(time.GetUtcNow(), TimeSpan.FromHours(1))))
            : api(Interlocked.Increment(ref n)));
    }

    private static int ApiCalls(ScriptedTransport transport) => transport.Requests.Count(r => r.PathAndQuery != "/api/v1/token");

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }
}
