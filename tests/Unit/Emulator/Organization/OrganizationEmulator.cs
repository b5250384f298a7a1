using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Runai.Emulator.Infrastructure;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator.Organization;

/// <summary>
/// An in-process emulator shared by a test class, in strict mode when the contract is present (so every request the
/// tests send is also checked against it), with a bearer token; each test resets it to the seeded state.
/// </summary>
public sealed class OrganizationEmulator : IAsyncLifetime
{
    public const string Cluster1 = "00000000-0000-4000-8000-000000000001";

    private RunningEmulator? emulator;

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => (emulator ?? throw new InvalidOperationException("The emulator has not started.")).Services;

    public async Task InitializeAsync()
    {
        emulator = await RunningEmulator.StartAsync(ContractLocator.Find() is { } contract ? ["--contract", contract] : null);
        Http = await emulator.AuthorizedClientAsync();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (emulator is not null) await emulator.DisposeAsync();
    }

    public void Reset()
    {
        foreach (var store in Services.GetServices<IResettable>()) store.Reset();
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

    public async Task<JsonObject> CreateAsync(string path, JsonObject body)
    {
        var (status, answer) = await SendAsync(HttpMethod.Post, path, body);
        Assert.True(status == HttpStatusCode.Created, $"POST {path} answered {(int)status}: {answer?.ToJsonString()}");
        return answer!.AsObject();
    }

    public Task<JsonObject> CreateDepartmentAsync(string name, double gpu, string poolId = "1") =>
        CreateAsync("/api/v1/org-unit/departments", new JsonObject
        {
            ["name"] = name, ["clusterId"] = Cluster1,
            ["resources"] = new JsonArray { Quota(poolId, gpu) },
        });

    public Task<JsonObject> CreateProjectAsync(string name, string? departmentId, double gpu, string poolId = "1") =>
        CreateAsync("/api/v1/org-unit/projects", new JsonObject
        {
            ["name"] = name, ["clusterId"] = Cluster1, ["parentId"] = departmentId,
            ["resources"] = new JsonArray { Quota(poolId, gpu) },
        });

    public static JsonObject Quota(string poolId, double gpu) =>
        new() { ["nodePool"] = new JsonObject { ["id"] = poolId }, ["gpu"] = new JsonObject { ["deserved"] = gpu } };

    public static JsonObject PoolEntry(JsonNode unit, string poolName) =>
        unit["resources"]!.AsArray().Single(r => (string?)r!["nodePool"]!["name"] == poolName)!.AsObject();
}
