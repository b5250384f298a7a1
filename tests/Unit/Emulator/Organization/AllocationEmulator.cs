using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Runai.Emulator.Infrastructure;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator.Organization;

/// <summary>
/// One emulator for the class, on a fake clock (lifecycle speed 1: Creating 1 s, Pending 1 s, Running 4 s, then a
/// training completes), in strict mode when the contract is present; each test starts from the seeded state.
/// </summary>
public sealed class AllocationEmulator : IAsyncLifetime
{
    public const string Cluster1 = "00000000-0000-4000-8000-000000000001";

    private RunningEmulator? emulator;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        emulator = await RunningEmulator.StartAsync(ContractLocator.Find() is { } contract ? ["--contract", contract] : null, Clock);
        Http = await emulator.AuthorizedClientAsync();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (emulator is not null) await emulator.DisposeAsync();
    }

    public void Reset()
    {
        foreach (var store in emulator!.Services.GetServices<IResettable>()) store.Reset();
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<JsonObject> GetAsync(string path)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path} answered {(int)status}: {body?.ToJsonString()}");
        return body!.AsObject();
    }

    public async Task<JsonObject?> PostAsync(string path, JsonObject? body, HttpStatusCode expected)
    {
        var (status, answer) = await SendAsync(HttpMethod.Post, path, body);
        Assert.True(status == expected, $"POST {path} answered {(int)status}: {answer?.ToJsonString()}");
        return answer?.AsObject();
    }
}
