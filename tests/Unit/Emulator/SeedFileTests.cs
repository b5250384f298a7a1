using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

/// <summary><c>--seed</c>: the example seed file is applied at start and again on <c>/admin/reset</c>; bad seeds stop the start.</summary>
public sealed class SeedFileTests
{
    private static string ExampleSeed => Path.Combine(RepoRoot(), "examples", "emulator-seed.json");

    [Fact]
    public async Task The_example_seed_is_the_tenant_at_start_and_after_reset()
    {
        await using var emulator = await RunningEmulator.StartAsync(["--seed", ExampleSeed]);
        using var http = await emulator.AuthorizedClientAsync();

        async Task<string[]> Names(string path, string envelope)
        {
            var body = await http.GetFromJsonAsync<JsonObject>(path);
            var items = envelope.Length == 0 ? body!.AsArray() : body![envelope]!.AsArray();
            return items.Select(i => i!["name"]!.GetValue<string>()).Order().ToArray();
        }

        async Task AssertSeeded()
        {
            var clusters = await http.GetFromJsonAsync<JsonArray>("/api/v1/clusters");
            Assert.Equal(["gpu-east", "gpu-west"], clusters!.Select(c => c!["name"]!.GetValue<string>()).ToArray());
            Assert.Equal(["default", "default", "production", "research"], await Names("/api/v1/org-unit/departments", "departments"));
            Assert.Equal(["serving", "team-a", "team-b"], await Names("/api/v1/org-unit/projects", "projects"));
            Assert.Contains("a100", await Names("/api/v1/node-pools", "nodePools"));
        }

        await AssertSeeded();
        var research = (await http.GetFromJsonAsync<JsonObject>("/api/v1/org-unit/departments"))!["departments"]!.AsArray()
            .First(d => d!["name"]!.GetValue<string>() == "research")!;
        var teamA = (await http.GetFromJsonAsync<JsonObject>("/api/v1/org-unit/projects"))!["projects"]!.AsArray()
            .First(p => p!["name"]!.GetValue<string>() == "team-a")!;
        Assert.Equal(research["id"]!.ToString(), teamA["parentId"]!.ToString());

        using (var delete = await http.DeleteAsync($"/api/v1/org-unit/projects/{teamA["id"]}")) Assert.True(delete.IsSuccessStatusCode);
        Assert.Equal(["serving", "team-b"], await Names("/api/v1/org-unit/projects", "projects"));
        using (var reset = await emulator.Client.PostAsync("/admin/reset", null)) Assert.True(reset.IsSuccessStatusCode);
        await AssertSeeded();
    }

    [Theory]
    [InlineData("""{ "projects": [ { "name": "orphan", "department": "nowhere" } ] }""", "Department 'nowhere' does not exist")]
    [InlineData("""{ "departments": [ { "name": "x", "cluster": "mars" } ] }""", "Cluster 'mars' is not in the seed's clusters")]
    [InlineData("""{ "tenants": [] }""", "unknown section 'tenants'")]
    [InlineData("""[ 1 ]""", "must hold a JSON object")]
    public async Task A_seed_its_rules_refuse_stops_the_start(string seed, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"runai-seed-{Guid.NewGuid()}.json");
        await File.WriteAllTextAsync(path, seed);
        try
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => RunningEmulator.StartAsync(["--seed", path]));
            Assert.Contains(expected, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "examples")) && Directory.Exists(Path.Combine(dir.FullName, "src", "Runai.Emulator"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
