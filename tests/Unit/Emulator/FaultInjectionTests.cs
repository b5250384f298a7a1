using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task A_fault_answers_its_status_and_retry_after_for_count_requests_then_stops()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var client = await emulator.AuthorizedClientAsync();
        await AddFaultAsync(emulator, new { method = "GET", path = "/api/v1/clusters", status = 503, retryAfter = 7, count = 2 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/api/v1/clusters");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
                Assert.Equal(503, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());
            }
        }

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task A_fault_only_hits_its_method_and_path_prefix()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var client = await emulator.AuthorizedClientAsync();
        await AddFaultAsync(emulator, new { method = "POST", path = "/api/v1/clusters", status = 500 });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/clusters")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/clusters/00000000-0000-4000-8000-000000000001")).StatusCode);
        var pending = await emulator.Client.GetFromJsonAsync<JsonElement[]>("/admin/faults");
        Assert.Single(pending!);
    }

    [Fact]
    public async Task Faults_apply_to_the_token_route_before_authentication()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        await AddFaultAsync(emulator, new { path = "/api/v1/token", status = 429, retryAfter = 1 });

        using var throttled = await emulator.Client.PostAsJsonAsync("/api/v1/token", new { grantType = "client_credentials", clientID = "emulator-app", clientSecret = "emulator-secret" });

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(0, await TokenGrantTests.TokensIssuedAsync(emulator));
        Assert.NotEmpty(await emulator.GetTokenAsync());
    }

    [Fact]
    public async Task ApplyFirst_runs_the_handler_but_answers_the_fault()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        await AddFaultAsync(emulator, new { path = "/api/v1/token", status = 503, applyFirst = true });

        using var response = await emulator.Client.PostAsJsonAsync("/api/v1/token", new { grantType = "client_credentials", clientID = "emulator-app", clientSecret = "emulator-secret" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("accessToken", out _));
        Assert.Equal(1, await TokenGrantTests.TokensIssuedAsync(emulator));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public async Task CloseConnection_aborts_the_connection_after_applying_when_asked(bool applyFirst, long tokensIssued)
    {
        await using var emulator = await RunningEmulator.StartAsync();
        await AddFaultAsync(emulator, new { path = "/api/v1/token", closeConnection = true, applyFirst });

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            emulator.Client.PostAsJsonAsync("/api/v1/token", new { grantType = "client_credentials", clientID = "emulator-app", clientSecret = "emulator-secret" }));

        Assert.Equal(tokensIssued, await TokenGrantTests.TokensIssuedAsync(emulator));
        var entry = Assert.Single(await emulator.RequestLogAsync());
        Assert.Equal(0, entry.GetProperty("status").GetInt32());
        Assert.StartsWith("closeConnection", entry.GetProperty("fault").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DelayMs_holds_the_answer_until_the_emulator_clock_has_moved_on()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var emulator = await RunningEmulator.StartAsync(time: clock);
        using var client = await emulator.AuthorizedClientAsync();
        await AddFaultAsync(emulator, new { path = "/api/v1/clusters", delayMs = 60_000 });

        var pending = client.GetAsync("/api/v1/clusters");
        var secondsAdvanced = 0;
        while (!pending.IsCompleted && secondsAdvanced < 600)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            secondsAdvanced++;
            await Task.WhenAny(pending, Task.Delay(5));
        }

        Assert.Equal(HttpStatusCode.OK, (await pending).StatusCode);
        Assert.InRange(secondsAdvanced, 60, 599);
    }

    [Theory]
    [InlineData(200, "text/html", "<html><body>Proxy login</body></html>")]
    [InlineData(502, "text/html", "<html><body>Bad gateway</body></html>")]
    [InlineData(200, "application/json", "{\"clusters\": [{\"uuid\":")]
    [InlineData(200, null, "")]
    public async Task A_fault_body_is_answered_as_given_with_its_status_and_content_type(int status, string? contentType, string body)
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var client = await emulator.AuthorizedClientAsync();
        await AddFaultAsync(emulator, new { method = "GET", path = "/api/v1/clusters", status, contentType, body });

        using var response = await client.GetAsync("/api/v1/clusters");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
        if (body.Length > 0) Assert.Equal(contentType ?? "text/plain", response.Content.Headers.ContentType?.MediaType);
        var entry = Assert.Single(await emulator.RequestLogAsync(), e => e.GetProperty("path").GetString() == "/api/v1/clusters");
        Assert.Contains(body.Length == 0 ? "empty body" : "body", entry.GetProperty("fault").GetString(), StringComparison.Ordinal);
        using var next = await client.GetAsync("/api/v1/clusters");
        Assert.Equal("application/json", next.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task EchoRequest_quotes_the_request_headers_and_body_in_the_error()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        await AddFaultAsync(emulator, new { path = "/api/v1/token", status = 400, echoRequest = true });

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/token")
        {
            Content = JsonContent.Create(new { grantType = "client_credentials", clientID = "emulator-app", clientSecret = "echoed-secret-1" }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "echoed-token-2");
        using var response = await emulator.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString();
        Assert.Contains("echoed-secret-1", message, StringComparison.Ordinal);
        Assert.Contains("Bearer echoed-token-2", message, StringComparison.Ordinal);
        Assert.Equal(0, await TokenGrantTests.TokensIssuedAsync(emulator));
    }

    [Theory]
    [InlineData("""{"status":503}""", "path")]
    [InlineData("""{"path":"/api","delayMs":5,"body":"x"}""", "need a status")]
    [InlineData("""{"path":"/api","status":500,"body":"x","echoRequest":true}""", "cannot be combined")]
    [InlineData("""{"path":"/api","status":500,"contentType":"text/html"}""", "contentType needs a body")]
    [InlineData("""{"path":"/api","status":42}""", "status")]
    [InlineData("""{"path":"/api","status":503,"count":0}""", "count")]
    [InlineData("""{"path":"/api"}""", "needs status")]
    [InlineData("""{"path":""", "not valid JSON")]
    public async Task Invalid_faults_are_refused(string fault, string expected)
    {
        await using var emulator = await RunningEmulator.StartAsync();

        using var response = await emulator.Client.PostAsync("/admin/faults", new StringContent(fault, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_clears_pending_faults()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var client = await emulator.AuthorizedClientAsync();
        await AddFaultAsync(emulator, new { path = "/api", status = 500, count = 5 });

        (await emulator.Client.PostAsync("/admin/reset", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/clusters")).StatusCode);
    }

    internal static async Task AddFaultAsync(RunningEmulator emulator, object fault)
    {
        using var response = await emulator.Client.PostAsJsonAsync("/admin/faults", fault);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
