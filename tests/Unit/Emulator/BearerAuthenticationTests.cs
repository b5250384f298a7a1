using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

public sealed class BearerAuthenticationTests
{
    [Theory]
    [InlineData(null, "missing")]
    [InlineData("Basic dXNlcjpwYXNz", "not a bearer token")]
    [InlineData("Bearer not-a-jwt", "not a JWT")]
    [InlineData("Bearer a.b.c", "not a JWT")]
    public async Task Requests_without_a_usable_bearer_token_get_401(string? authorization, string expected)
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/clusters");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await emulator.Client.SendAsync(request);

        await AssertUnauthorizedAsync(response, expected);
    }

    [Fact]
    public async Task A_token_with_a_tampered_payload_is_rejected()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        var parts = (await emulator.GetTokenAsync()).Split('.');
        var forged = System.Buffers.Text.Base64Url.EncodeToString("""{"sub":"admin","exp":4102444800}"""u8);
        using var client = await emulator.AuthorizedClientAsync($"{parts[0]}.{forged}.{parts[2]}");

        await AssertUnauthorizedAsync(await client.GetAsync("/api/v1/clusters"), "signature is invalid");
    }

    [Fact]
    public async Task A_token_from_another_emulator_process_is_rejected()
    {
        await using var issuer = await RunningEmulator.StartAsync();
        await using var emulator = await RunningEmulator.StartAsync();
        using var client = await emulator.AuthorizedClientAsync(await issuer.GetTokenAsync());

        await AssertUnauthorizedAsync(await client.GetAsync("/api/v1/clusters"), "signature is invalid");
    }

    [Fact]
    public async Task A_token_is_accepted_until_it_expires()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var emulator = await RunningEmulator.StartAsync(["--token-ttl", "300"], clock);
        using var client = await emulator.AuthorizedClientAsync();

        clock.Advance(TimeSpan.FromSeconds(299));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/clusters")).StatusCode);

        clock.Advance(TimeSpan.FromSeconds(1));
        await AssertUnauthorizedAsync(await client.GetAsync("/api/v1/clusters"), "expired");
    }

    [Fact]
    public async Task The_token_route_and_admin_routes_need_no_token()
    {
        await using var emulator = await RunningEmulator.StartAsync();

        Assert.Equal(HttpStatusCode.OK, (await emulator.Client.GetAsync("/admin/requests")).StatusCode);
        Assert.NotEmpty(await emulator.GetTokenAsync());
    }

    [Fact]
    public async Task Unknown_api_routes_still_need_a_token_and_then_get_404_in_the_error_shape()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var client = await emulator.AuthorizedClientAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await emulator.Client.GetAsync("/api/v1/no-such-thing")).StatusCode);
        using var response = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());
    }

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response, string expected)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, error.GetProperty("code").GetInt32());
        Assert.Contains(expected, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
