using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Runai.Emulator.Admin;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Every_api_request_is_logged_with_secrets_redacted()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        await emulator.GetTokenAsync();
        using var anonymous = await emulator.Client.GetAsync("/api/v1/clusters?verbosity=full&api_key=abc123");

        var log = await emulator.RequestLogAsync();

        Assert.Equal(2, log.Length);
        Assert.Equal("POST", log[0].GetProperty("method").GetString());
        Assert.Equal("/api/v1/token", log[0].GetProperty("path").GetString());
        Assert.Equal(200, log[0].GetProperty("status").GetInt32());
        Assert.False(log[0].GetProperty("hasBearer").GetBoolean());
        Assert.Equal("emulator-app", log[0].GetProperty("body").GetProperty("clientID").GetString());
        Assert.Equal("***", log[0].GetProperty("body").GetProperty("clientSecret").GetString());
        Assert.Equal(JsonValueKind.Null, log[0].GetProperty("violation").ValueKind);

        Assert.Equal("verbosity=full&api_key=***", log[1].GetProperty("query").GetString());
        Assert.Equal(401, log[1].GetProperty("status").GetInt32());
        Assert.DoesNotContain("abc123", await emulator.Client.GetStringAsync("/admin/requests"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_presence_is_recorded_and_admin_requests_are_not_logged()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var client = await emulator.AuthorizedClientAsync();
        await emulator.Client.DeleteAsync("/admin/requests");

        await client.GetAsync("/api/v1/clusters");
        await emulator.Client.GetAsync("/admin/faults");

        var entry = Assert.Single(await emulator.RequestLogAsync());
        Assert.True(entry.GetProperty("hasBearer").GetBoolean());
        Assert.Equal(200, entry.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_request_is_in_the_log_by_the_time_its_answer_starts()
    {
        // A client may read GET /admin/requests as soon as it has its answer, before the handler has returned.
        await using var emulator = await RunningEmulator.StartAsync();
        var log = emulator.Services.GetRequiredService<RequestLog>();
        log.Reset();
        var response = new StartableResponse();
        var context = new DefaultHttpContext { RequestServices = emulator.Services };
        context.Features.Set<IHttpResponseFeature>(response);
        context.Request.Method = "GET";
        context.Request.Path = "/api/v1/clusters";
        IReadOnlyList<RequestLogEntry>? seenAtStart = null;

        await AdminMiddleware.InvokeAsync(context, async handled =>
        {
            handled.Response.StatusCode = StatusCodes.Status200OK;
            await response.StartAsync();
            seenAtStart = log.Snapshot();
        });

        var entry = Assert.Single(seenAtStart!);
        Assert.Equal("/api/v1/clusters", entry.Path);
        Assert.Equal(200, entry.Status);
        Assert.Single(log.Snapshot());
    }

    /// <summary>A response whose start the test triggers, as a server does when it sends the headers.</summary>
    private sealed class StartableResponse : IHttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> starting = [];

        public int StatusCode { get; set; } = StatusCodes.Status200OK;
        public string? ReasonPhrase { get; set; }
        public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();
        public Stream Body { get; set; } = Stream.Null;
        public bool HasStarted { get; private set; }

        public void OnStarting(Func<object, Task> callback, object state) => starting.Add((callback, state));
        public void OnCompleted(Func<object, Task> callback, object state) { }

        public async Task StartAsync()
        {
            HasStarted = true;
            for (var i = starting.Count - 1; i >= 0; i--) await starting[i].Callback(starting[i].State);
        }
    }

    [Fact]
    public async Task Delete_clears_the_log()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        await emulator.GetTokenAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await emulator.Client.DeleteAsync("/admin/requests")).StatusCode);

        Assert.Empty(await emulator.RequestLogAsync());
    }

    [Fact]
    public void Redaction_reaches_nested_objects_and_arrays_and_ignores_case()
    {
        var body = SecretRedactor.RedactBody("""
            {"name":"s3","credentials":{"accessKeyId":"AKIA","SecretAccessKey":"x","region":"eu"},
             "items":[{"password":"p","user":"u"}],"refreshToken":"r","keyword":"k","monkey":1}
            """)!;

        Assert.Equal("s3", (string?)body["name"]);
        Assert.Equal("***", (string?)body["credentials"]!["accessKeyId"]);
        Assert.Equal("***", (string?)body["credentials"]!["SecretAccessKey"]);
        Assert.Equal("eu", (string?)body["credentials"]!["region"]);
        Assert.Equal("***", (string?)body["items"]![0]!["password"]);
        Assert.Equal("u", (string?)body["items"]![0]!["user"]);
        Assert.Equal("***", (string?)body["refreshToken"]);
        // Names merely containing "key" are masked too: the rule is deliberately broad.
        Assert.Equal("***", (string?)body["keyword"]);
        Assert.Equal("***", (string?)body["monkey"]);
    }

    [Theory]
    [InlineData("""{"clientId":"app","clientSecret":"s3cr3t","grantType":"client_credentials"}""")]
    [InlineData("""{"spec":{"environmentVariables":[{"name":"API_TOKEN","value":"tok-123"},{"name":"MODE","value":"fast"}]}}""")]
    [InlineData("""{"meta":{"name":"c"},"spec":{"accessKeyId":"AKIA","secretAccessKey":"x","Authorization":"Bearer abc","keyValuePairs":[{"key":"k","value":"v"}]}}""")]
    public void The_log_masks_exactly_what_the_module_masks(string body)
    {
        Assert.Equal(Runai.Client.Diagnostics.Redactor.Body(body), SecretRedactor.RedactBody(body)!.ToJsonString());
        Assert.DoesNotContain("s3cr3t", SecretRedactor.RedactBody(body)!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-123", SecretRedactor.RedactBody(body)!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_encoded_token_request_is_logged_with_its_secret_masked()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = Runai.Emulator.EmulatorOptions.DefaultAppId, ["client_secret"] = Runai.Emulator.EmulatorOptions.DefaultAppSecret,
        });
        using (var answer = await emulator.Client.PostAsync("/api/v2/token", form)) Assert.True(answer.IsSuccessStatusCode);

        var entry = Assert.Single(await emulator.RequestLogAsync(), e => e.GetProperty("path").GetString() == "/api/v2/token");
        Assert.Equal($"grant_type=client_credentials&client_id={Runai.Emulator.EmulatorOptions.DefaultAppId}&client_secret=***", entry.GetProperty("body").GetString());
        Assert.DoesNotContain(Runai.Emulator.EmulatorOptions.DefaultAppSecret, entry.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_that_is_not_json_is_described_not_copied()
    {
        var body = SecretRedactor.RedactBody("password=hunter2&user=u");

        Assert.DoesNotContain("hunter2", body!.ToJsonString(), StringComparison.Ordinal);
    }
}
