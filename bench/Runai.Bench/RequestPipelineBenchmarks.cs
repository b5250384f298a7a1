using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Runai.Client;
using Runai.Client.Authentication;
using Runai.Client.Clusters;

namespace Runai.Bench;

/// <summary>
/// What the Runai pipeline (request id, retry, authentication with a cached token, logging, typed JSON) costs per call
/// over a bare HttpClient that sends the same request and parses the same answer into a JsonDocument.
/// </summary>
[MemoryDiagnoser]
public class RequestPipelineBenchmarks
{
    private const string Clusters = """[{"uuid":"00000000-0000-4000-8000-000000000001","tenantId":1001,"name":"cluster-1","createdAt":"2025-01-01T00:00:00Z","version":"2.24.0","status":{"state":"Connected"}}]""";
    private HttpClient raw = null!;
    private RunaiConnection connection = null!;

    [GlobalSetup]
    public void Setup()
    {
        raw = new HttpClient(new InMemoryTransport(Clusters)) { BaseAddress = new Uri("https://acme.run.ai/") };
        connection = Connect(Clusters);
    }

    /// <summary>A connection with a cached bearer token whose every request is answered with <paramref name="json"/>.</summary>
    internal static RunaiConnection Connect(string json)
    {
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"exp\":{DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds()}}}")).TrimEnd('=');
        return new RunaiConnection(
            new RunaiConnectionOptions { BaseUrl = new Uri("https://acme.run.ai"), TransportFactory = () => new InMemoryTransport(json) },
            new BearerTokenCredential($"eyJhbGciOiJub25lIn0.{payload}.sig"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        raw.Dispose();
        connection.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> BareHttpClient()
    {
        using var response = await raw.GetAsync("api/v1/clusters");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return document.RootElement.GetArrayLength();
    }

    [Benchmark]
    public async Task<int> RunaiConnectionListClusters() => (await connection.Clusters().ListAllAsync()).Count;
}
