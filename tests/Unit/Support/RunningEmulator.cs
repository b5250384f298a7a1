using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Runai.Emulator;

namespace Runai.Tests.Unit.Support;

/// <summary>An in-process emulator on a free port, with an HttpClient aimed at it. Dispose stops it.</summary>
public sealed class RunningEmulator : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningEmulator(WebApplication app, EmulatorOptions options)
    {
        this.app = app;
        Options = options;
        BaseAddress = new Uri(EmulatorHost.ListeningUrl(app));
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public EmulatorOptions Options { get; }
    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => app.Services;

    /// <param name="args">Emulator command-line options; <c>--port 0</c> is implied.</param>
    /// <param name="time">The clock for the emulator (for example a FakeTimeProvider); the system clock when null.</param>
    public static async Task<RunningEmulator> StartAsync(IEnumerable<string>? args = null, TimeProvider? time = null)
    {
        var options = EmulatorOptions.Parse([.. args ?? [], "--port", "0"]);
        var app = EmulatorHost.Build(options, time);
        await app.StartAsync();
        return new RunningEmulator(app, options);
    }

    /// <summary>Obtains an access token with the client_credentials grant of the first configured app.</summary>
    public async Task<string> GetTokenAsync()
    {
        var app = Options.Apps[0];
        using var response = await Client.PostAsJsonAsync("/api/v1/token", new { grantType = "client_credentials", clientID = app.ClientId, clientSecret = app.Secret });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A new client that sends <paramref name="token"/> (or a fresh one) as its bearer token.</summary>
    public async Task<HttpClient> AuthorizedClientAsync(string? token = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token ?? await GetTokenAsync());
        return client;
    }

    /// <summary>The request log (<c>GET /admin/requests</c>) as JSON elements.</summary>
    public async Task<JsonElement[]> RequestLogAsync()
    {
        using var body = JsonDocument.Parse(await Client.GetStringAsync("/admin/requests"));
        return body.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
