using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Runai.Emulator.Clusters;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

public sealed class ClusterAreaTests
{
    [Fact]
    public async Task Clusters_are_seeded_per_the_conventions()
    {
        await using var emulator = await RunningEmulator.StartAsync(["--clusters", "3"]);
        using var client = await emulator.AuthorizedClientAsync();

        var clusters = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/clusters");

        Assert.Equal(["cluster-1", "cluster-2", "cluster-3"], clusters!.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(
            ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002", "00000000-0000-4000-8000-000000000003"],
            clusters!.Select(c => c.GetProperty("uuid").GetString()));
        Assert.All(clusters!, c =>
        {
            Assert.Equal(1001, c.GetProperty("tenantId").GetInt32());
            Assert.True(c.GetProperty("createdAt").TryGetDateTimeOffset(out _));
            Assert.Equal("Connected", c.GetProperty("status").GetProperty("state").GetString());
        });
    }

    [Fact]
    public async Task A_cluster_is_found_by_uuid_and_an_unknown_uuid_gets_404()
    {
        await using var emulator = await RunningEmulator.StartAsync(["--clusters", "2"]);
        using var client = await emulator.AuthorizedClientAsync();

        var cluster = await client.GetFromJsonAsync<JsonElement>("/api/v1/clusters/00000000-0000-4000-8000-000000000002");
        using var missing = await client.GetAsync("/api/v1/clusters/00000000-0000-4000-8000-000000000009");

        Assert.Equal("cluster-2", cluster.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var error = await missing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, error.GetProperty("code").GetInt32());
        Assert.Contains("00000000-0000-4000-8000-000000000009", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metadata_verbosity_leaves_out_the_status()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var client = await emulator.AuthorizedClientAsync();

        var cluster = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/clusters?verbosity=metadata"))![0];

        Assert.False(cluster.TryGetProperty("status", out _));
        Assert.Equal("cluster-1", cluster.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_store_answers_other_areas()
    {
        await using var emulator = await RunningEmulator.StartAsync(["--clusters", "12"]);
        var store = emulator.Services.GetRequiredService<ClusterStore>();

        Assert.Equal(12, store.All.Count);
        Assert.Equal("cluster-1", store.Default.Name);
        Assert.Equal("00000000-0000-4000-8000-00000000000c", ClusterStore.UuidOf(12));
        Assert.True(store.Exists("00000000-0000-4000-8000-00000000000C"));
        Assert.False(store.Exists("00000000-0000-4000-8000-00000000000d"));
        Assert.False(store.Exists(null));
        Assert.Equal("cluster-12", store.Find(ClusterStore.UuidOf(12))!.Name);
    }
}
