using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

public sealed class TokenGrantTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Client_credentials_grant_returns_a_signed_jwt_with_the_configured_lifetime()
    {
        var clock = new FakeTimeProvider(Start);
        await using var emulator = await RunningEmulator.StartAsync(["--token-ttl", "120", "--app", "svc:s3cret"], clock);

        using var response = await emulator.Client.PostAsJsonAsync("/api/v1/token", new { grantType = "client_credentials", clientID = "svc", clientSecret = "s3cret" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(120, body.GetProperty("expiresIn").GetInt32());
        var parts = body.GetProperty("accessToken").GetString()!.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement;
        Assert.Equal("HS256", header.GetProperty("alg").GetString());
        var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement;
        Assert.Equal("svc", claims.GetProperty("sub").GetString());
        Assert.Equal(1001, claims.GetProperty("tenant_id").GetInt32());
        Assert.Equal(Start.ToUnixTimeSeconds(), claims.GetProperty("iat").GetInt64());
        Assert.Equal(Start.ToUnixTimeSeconds() + 120, claims.GetProperty("exp").GetInt64());
    }

    [Fact]
    public async Task Deprecated_app_token_grant_is_still_served()
    {
        await using var emulator = await RunningEmulator.StartAsync();

        using var response = await emulator.Client.PostAsJsonAsync("/api/v1/token", new { grantType = "app_token", appID = "emulator-app", appSecret = "emulator-secret" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        using var client = await emulator.AuthorizedClientAsync(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/clusters")).StatusCode);
    }

    [Theory]
    [InlineData("client_credentials", "clientID", "clientSecret", "emulator-app", "wrong")]
    [InlineData("client_credentials", "clientID", "clientSecret", "stranger", "emulator-secret")]
    [InlineData("app_token", "appID", "appSecret", "emulator-app", "wrong")]
    public async Task Wrong_credentials_get_401_in_the_error_shape(string grantType, string idField, string secretField, string id, string secret)
    {
        await using var emulator = await RunningEmulator.StartAsync();

        using var response = await emulator.Client.PostAsJsonAsync("/api/v1/token", new Dictionary<string, string>
        {
            ["grantType"] = grantType, [idField] = id, [secretField] = secret,
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("""{"clientID":"emulator-app","clientSecret":"emulator-secret"}""", "grantType is required")]
    [InlineData("""{"grantType":"client_credentials","clientID":"emulator-app"}""", "needs clientID and clientSecret")]
    [InlineData("""{"grantType":"password","username":"u","password":"p"}""", "'password' is not supported")]
    public async Task Malformed_token_requests_get_400(string body, string expected)
    {
        // The grant's own checks; in strict mode the contract check would answer some of these first.
        await using var emulator = await RunningEmulator.StartAsync(["--lenient"]);

        using var response = await emulator.Client.PostAsync("/api/v1/token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, error.GetProperty("code").GetInt32());
        Assert.Contains(expected, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legacy_only_mode_refuses_client_credentials_so_clients_fall_back_to_app_token()
    {
        await using var emulator = await RunningEmulator.StartAsync(["--legacy-token-only"]);

        using var modern = await emulator.Client.PostAsJsonAsync("/api/v1/token", new { grantType = "client_credentials", clientID = "emulator-app", clientSecret = "emulator-secret" });
        using var legacy = await emulator.Client.PostAsJsonAsync("/api/v1/token", new { grantType = "app_token", appID = "emulator-app", appSecret = "emulator-secret" });

        Assert.Equal(HttpStatusCode.BadRequest, modern.StatusCode);
        Assert.Contains("client_credentials", (await modern.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
    }

    [Fact]
    public async Task Issued_tokens_are_counted_until_reset()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        await emulator.GetTokenAsync();
        await emulator.GetTokenAsync();
        using var refused = await emulator.Client.PostAsJsonAsync("/api/v1/token", new { grantType = "client_credentials", clientID = "emulator-app", clientSecret = "no" });

        Assert.Equal(2, await TokensIssuedAsync(emulator));
        (await emulator.Client.PostAsync("/admin/reset", null)).EnsureSuccessStatusCode();
        Assert.Equal(0, await TokensIssuedAsync(emulator));
    }

    internal static async Task<long> TokensIssuedAsync(RunningEmulator emulator) =>
        (await emulator.Client.GetFromJsonAsync<JsonElement>("/admin/stats")).GetProperty("tokensIssued").GetInt64();
}
