using System.Net;
using Microsoft.Extensions.Time.Testing;
using Runai.Client;
using Runai.Client.Authentication;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client;

public class TokenCacheTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-01-01T00:00:00Z");

    [Theory]
    [InlineData(3600, 60)]   // hour-long tokens: a minute ahead
    [InlineData(300, 30)]    // five minutes: a tenth
    [InlineData(60, 6)]
    public void Refresh_margin_is_a_minute_or_a_tenth_of_the_lifetime(int lifetimeSeconds, int expectedMarginSeconds)
    {
        var token = new AccessToken("t", Start.AddSeconds(lifetimeSeconds), Start);
        Assert.Equal(TimeSpan.FromSeconds(expectedMarginSeconds), TokenCache.RefreshMargin(token));
    }

    [Fact]
    public async Task A_token_is_reused_until_the_margin_then_refreshed_once()
    {
        var time = new FakeTimeProvider(Start);
        var transport = TokenAndOk(time, TimeSpan.FromHours(1));
        using var connection = TestConnections.Create(transport, time: time);

        for (var i = 0; i < 5; i++) await connection.GetAsync("api/v1/clusters", Runai.Client.Json.CoreJsonContext.Default.JsonElement);
        Assert.Equal(1, TokenRequests(transport));

        time.Advance(TimeSpan.FromMinutes(58)); // still more than 60 s left
        await connection.GetAsync("api/v1/clusters", Runai.Client.Json.CoreJsonContext.Default.JsonElement);
        Assert.Equal(1, TokenRequests(transport));

        time.Advance(TimeSpan.FromSeconds(61)); // inside the last minute
        await connection.GetAsync("api/v1/clusters", Runai.Client.Json.CoreJsonContext.Default.JsonElement);
        await connection.GetAsync("api/v1/clusters", Runai.Client.Json.CoreJsonContext.Default.JsonElement);
        Assert.Equal(2, TokenRequests(transport));
    }

    [Fact]
    public async Task Fifty_concurrent_calls_around_expiry_cause_exactly_one_token_request()
    {
        var time = new FakeTimeProvider(Start);
        var releaseToken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tokenCalls = 0;
        var transport = new ScriptedTransport(async (request, _, _) =>
        {
            if (request.RequestUri!.AbsolutePath == "/api/v1/token")
            {
                if (Interlocked.Increment(ref tokenCalls) > 1) await releaseToken.Task; // the refresh is slow
                return ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(time.GetUtcNow(), TimeSpan.FromHours(1))));
            }
            return ScriptedTransport.Json(HttpStatusCode.OK, "[]");
        });
        using var connection = TestConnections.Create(transport, time: time);
        await connection.AuthenticateAsync();
        var first = connection.Tokens.Current!;

        time.Advance(TimeSpan.FromMinutes(59.5)); // every caller now finds the token due for refresh
        var calls = Enumerable.Range(0, 50)
            .Select(_ => Task.Run(() => connection.GetAsync("api/v1/clusters", Runai.Client.Json.CoreJsonContext.Default.JsonElement)))
            .ToArray();
        await Task.Delay(200);
        Assert.Equal(2, Volatile.Read(ref tokenCalls));
        Assert.DoesNotContain(transport.Requests, r => r.PathAndQuery == "/api/v1/clusters"); // all 50 wait for the refresh
        releaseToken.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(2, Volatile.Read(ref tokenCalls));
        var apiCalls = transport.Requests.Where(r => r.PathAndQuery == "/api/v1/clusters").ToList();
        Assert.Equal(50, apiCalls.Count);
        Assert.All(apiCalls, r => Assert.Equal(connection.Tokens.Current!.Token, r.BearerToken)); // nobody went on with the stale token
        Assert.NotEqual(first.Token, connection.Tokens.Current!.Token);
    }

    [Fact]
    public async Task A_401_refreshes_once_and_replays_once()
    {
        var time = new FakeTimeProvider(Start);
        var apiCalls = 0;
        var transport = new ScriptedTransport((request, _, n) =>
        {
            if (request.RequestUri!.AbsolutePath == "/api/v1/token")
                return ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(time.GetUtcNow(), TimeSpan.FromHours(1), "n" + n)));
            return Interlocked.Increment(ref apiCalls) == 1
                ? ScriptedTransport.Error(HttpStatusCode.Unauthorized, "token revoked")
                : ScriptedTransport.Json(HttpStatusCode.OK, "[]");
        });
        using var connection = TestConnections.Create(transport, time: time);

        await connection.GetAsync("api/v1/clusters", Runai.Client.Json.CoreJsonContext.Default.JsonElement);

        var requests = transport.Requests.ToList();
        Assert.Equal(new[] { "/api/v1/token", "/api/v1/clusters", "/api/v1/token", "/api/v1/clusters" }, requests.Select(r => r.PathAndQuery));
        Assert.NotEqual(requests[1].BearerToken, requests[3].BearerToken);
    }

    [Fact]
    public async Task A_persistent_401_is_replayed_only_once_and_surfaces()
    {
        var time = new FakeTimeProvider(Start);
        var transport = new ScriptedTransport((request, _, n) => request.RequestUri!.AbsolutePath == "/api/v1/token"
            ? ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(time.GetUtcNow(), TimeSpan.FromHours(1), "n" + n)))
            : ScriptedTransport.Error(HttpStatusCode.Unauthorized, "no"));
        using var connection = TestConnections.Create(transport, time: time);

        var error = await Assert.ThrowsAsync<RunaiApiException>(() => connection.GetAsync("api/v1/clusters", Runai.Client.Json.CoreJsonContext.Default.JsonElement));
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(2, transport.Requests.Count(r => r.PathAndQuery == "/api/v1/clusters"));
    }

    [Fact]
    public async Task An_expired_bearer_token_fails_clearly_without_a_request()
    {
        var time = new FakeTimeProvider(Start);
        var transport = new ScriptedTransport((_, _, _) => ScriptedTransport.Json(HttpStatusCode.OK, "[]"));
        var jwt = TestJwt.Create(Start.AddHours(-2), TimeSpan.FromHours(1));
        using var connection = TestConnections.Create(transport, new BearerTokenCredential(jwt), time);

        var error = await Assert.ThrowsAsync<RunaiAuthenticationException>(() => connection.GetAsync("api/v1/clusters", Runai.Client.Json.CoreJsonContext.Default.JsonElement));
        Assert.Contains("expired at 2025-12-31 23:00:00Z", error.Message);
        Assert.Contains("fresh token", error.Message);
        Assert.DoesNotContain("-Runai", error.Message); // a C# caller has no cmdlets; the cmdlet layer adds the PowerShell hint
        Assert.Empty(transport.Requests);
    }

    [Fact]
    public async Task A_control_plane_without_client_credentials_gets_the_app_token_grant_and_it_is_remembered()
    {
        var time = new FakeTimeProvider(Start);
        var transport = new ScriptedTransport((request, body, _) =>
        {
            if (request.RequestUri!.AbsolutePath != "/api/v1/token") return ScriptedTransport.Json(HttpStatusCode.OK, "[]");
            return body!.Contains("\"client_credentials\"")
                ? ScriptedTransport.Error(HttpStatusCode.BadRequest, "unsupported grant type")
                : ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(time.GetUtcNow(), TimeSpan.FromMinutes(10))));
        });
        var credential = new ClientSecretCredential("app", "s3cr3t-value");
        using var connection = TestConnections.Create(transport, credential, time);

        await connection.AuthenticateAsync();
        Assert.Equal("app_token", credential.GrantType);
        time.Advance(TimeSpan.FromMinutes(10));
        await connection.GetAsync("api/v1/clusters", Runai.Client.Json.CoreJsonContext.Default.JsonElement);

        var grants = transport.Requests.Where(r => r.PathAndQuery == "/api/v1/token").Select(r => r.Body!).ToList();
        Assert.Equal(3, grants.Count);
        Assert.Contains("\"client_credentials\"", grants[0]);
        Assert.Contains("\"appID\":\"app\"", grants[1]);
        Assert.Contains("\"app_token\"", grants[2]); // not asked with client_credentials again
    }

    [Fact]
    public async Task A_wrong_secret_is_an_authentication_error_naming_the_client()
    {
        var transport = new ScriptedTransport((_, _, _) => ScriptedTransport.Error(HttpStatusCode.Unauthorized, "invalid client"));
        using var connection = TestConnections.Create(transport);

        var error = await Assert.ThrowsAsync<RunaiAuthenticationException>(() => connection.AuthenticateAsync());
        Assert.Contains("client 'app'", error.Message);
        Assert.DoesNotContain("s3cr3t-value", error.ToString());
    }

    private static ScriptedTransport TokenAndOk(FakeTimeProvider time, TimeSpan lifetime) =>
        new((request, _, _) => request.RequestUri!.AbsolutePath == "/api/v1/token"
            ? ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(time.GetUtcNow(), lifetime)))
            : ScriptedTransport.Json(HttpStatusCode.OK, "[]"));

    private static int TokenRequests(ScriptedTransport transport) => transport.Requests.Count(r => r.PathAndQuery == "/api/v1/token");
}
