using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Runai.Emulator;
using Runai.Emulator.Workloads;

namespace Runai.Tests.Unit.Emulator.Workloads;

/// <summary>An in-process emulator whose lifecycle is so fast that every plan has finished by the next request.</summary>
public sealed class WorkloadEmulatorFixture : IAsyncLifetime
{
    public const string ClusterId = "00000000-0000-4000-8000-000000000001";

    private WebApplication? app;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>Ids of two projects on cluster-1: created through the organization routes when the emulator has them,
    /// else arbitrary ids (with no project directory the workloads area accepts any).</summary>
    public string ProjectA { get; private set; } = "1";
    public string ProjectB { get; private set; } = "2";

    public async Task InitializeAsync()
    {
        app = EmulatorHost.Build(new EmulatorOptions { Port = 0, LifecycleSpeed = 1e9 });
        await app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(EmulatorHost.ListeningUrl(app)) };
        // Auth arrives with the core area; until then the routes are open and the token call answers 404.
        using var token = await Http.PostAsJsonAsync("/api/v1/token",
            new { grantType = "client_credentials", clientID = "emulator-app", clientSecret = "emulator-secret" });
        if (token.IsSuccessStatusCode && (await token.Content.ReadFromJsonAsync<JsonObject>())?["accessToken"]?.GetValue<string>() is { } access)
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        ProjectA = await CreateProject("team-a") ?? ProjectA;
        ProjectB = await CreateProject("team-b") ?? ProjectB;
    }

    private async Task<string?> CreateProject(string name)
    {
        var (status, project) = await Post("/api/v1/org-unit/projects", new { name, clusterId = ClusterId, resources = Array.Empty<object>() });
        if (status == 404) return null;
        Assert.True(status is >= 200 and < 300, $"creating project {name} answered {status}: {project?.ToJsonString()}");
        return project!["id"]!.GetValue<string>();
    }

    /// <summary>Forgets the workloads only; the projects stay for the next test.</summary>
    public void Reset() => app!.Services.GetRequiredService<WorkloadStore>().Reset();

    public async Task<(int Status, JsonNode? Body)> Send(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<(int Status, JsonNode? Body)> Get(string path) => Send(HttpMethod.Get, path);

    public Task<(int Status, JsonNode? Body)> Post(string path, object? body = null) => Send(HttpMethod.Post, path, body);

    public async Task<string> Create(string segment, string name, string? projectId = null, object? spec = null, object? extra = null)
    {
        var body = new JsonObject { ["name"] = name, ["projectId"] = projectId ?? ProjectA, ["clusterId"] = ClusterId };
        if (spec is not null) body["spec"] = JsonSerializerNode(spec);
        if (extra is not null)
        {
            foreach (var (key, value) in JsonSerializerNode(extra).AsObject()) body[key] = value?.DeepClone();
        }
        var (status, created) = await Post($"/api/v1/workloads/{segment}", body);
        Assert.True(status == 202, $"create {segment} '{name}' answered {status}: {created?.ToJsonString()}");
        return created!["workloadId"]!.GetValue<string>();
    }

    private static JsonNode JsonSerializerNode(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value)!;

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (app is not null) await app.DisposeAsync();
    }
}
