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

        // team-a has workloads, so it cannot go; a project added after the start is gone after reset.
        using (var created = await http.PostAsJsonAsync("/api/v1/org-unit/projects", new JsonObject
        {
            ["name"] = "extra", ["clusterId"] = teamA["clusterId"]!.GetValue<string>(), ["parentId"] = research["id"]!.ToString(), ["resources"] = new JsonArray(),
        }))
        {
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }
        Assert.Equal(["extra", "serving", "team-a", "team-b"], await Names("/api/v1/org-unit/projects", "projects"));
        using (var reset = await emulator.Client.PostAsync("/admin/reset", null)) Assert.True(reset.IsSuccessStatusCode);
        await AssertSeeded();
    }

    [Fact]
    public async Task The_example_seed_has_users_roles_access_rules_assets_and_workloads_in_their_phases()
    {
        await using var emulator = await RunningEmulator.StartAsync(["--seed", ExampleSeed]);
        using var http = await emulator.AuthorizedClientAsync();

        var users = (await http.GetFromJsonAsync<JsonArray>("/api/v1/users"))!.Select(u => u!["username"]!.GetValue<string>()).Order().ToArray();
        Assert.Equal(["ada@example.com", UserCollectionAdmin, "grace@example.com"], users);

        var role = (await http.GetFromJsonAsync<JsonArray>("/api/v1/authorization/roles"))!.Single(r => r!["name"]!.GetValue<string>() == "Notebook runner")!;
        Assert.True(role["custom"]!.GetValue<bool>());
        Assert.Equal(["workspaces", "project"], role["permissions"]!.AsArray().Select(p => p!["resourceType"]!.GetValue<string>()).ToArray());
        Assert.Equal(role["id"]!.GetValue<int>(), (await http.GetFromJsonAsync<JsonObject>($"/api/v1/authorization/roles/{role["id"]}"))!["id"]!.GetValue<int>());

        var rules = (await http.GetFromJsonAsync<JsonObject>("/api/v1/authorization/access-rules"))!["accessRules"]!.AsArray();
        var ada = rules.Single(r => r!["subjectId"]!.GetValue<string>() == "ada@example.com")!;
        Assert.Equal(("L1 researcher", "project", "team-a"), (ada["roleName"]!.GetValue<string>(), ada["scopeType"]!.GetValue<string>(), ada["scopeName"]!.GetValue<string>()));
        var grace = rules.Single(r => r!["subjectId"]!.GetValue<string>() == "grace@example.com")!;
        Assert.Equal(("Notebook runner", "research"), (grace["roleName"]!.GetValue<string>(), grace["scopeName"]!.GetValue<string>()));

        async Task<JsonObject> Asset(string route, string name) =>
            (await http.GetFromJsonAsync<JsonObject>($"/api/v1/asset/{route}?name={name}"))!["entries"]!.AsArray().Single()!.AsObject();
        var pvc = await Asset("datasource/pvc", "datasets");
        Assert.Equal(("project", "team-a"), (pvc["meta"]!["scope"]!.GetValue<string>(), pvc["meta"]!["projectName"]!.GetValue<string>()));
        var password = await Asset("credentials/password", "registry-login");
        Assert.Equal("robot", password["spec"]!["user"]!.GetValue<string>());
        Assert.DoesNotContain("not-echoed", password.ToJsonString());
        Assert.Equal("cluster", (await Asset("compute", "one-gpu"))["meta"]!["scope"]!.GetValue<string>());
        Assert.Equal("department", (await Asset("environment", "pytorch"))["meta"]!["scope"]!.GetValue<string>());

        var workloads = (await http.GetFromJsonAsync<JsonObject>("/api/v1/workloads"))!["workloads"]!.AsArray()
            .ToDictionary(w => w!["name"]!.GetValue<string>(), w => (Type: w!["type"]!.GetValue<string>(), Phase: w!["phase"]!.GetValue<string>(), Project: w!["projectName"]!.GetValue<string>()));
        Assert.Equal(("Workspace", "Running", "team-a"), workloads["notebook"]);
        Assert.Equal(("Training", "Completed", "team-a"), workloads["bert-ft"]);
        Assert.Equal(("Training", "Stopped", "team-b"), workloads["resnet"]);
        Assert.Equal(("Distributed", "Failed", "team-b"), workloads["llm-pretrain"]);
        Assert.Equal(("Inference", "Running", "serving"), workloads["chat"]);
    }

    [Fact]
    public async Task The_README_seed_sample_starts_a_strict_emulator()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "README.md"));
        var section = readme[readme.IndexOf("### Seed files", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var path = await WriteSeedAsync(section[start..section.IndexOf("```", start, StringComparison.Ordinal)]);
        try
        {
            await using var emulator = await RunningEmulator.StartAsync(["--seed", path]);
            using var http = await emulator.AuthorizedClientAsync();
            var workload = (await http.GetFromJsonAsync<JsonObject>("/api/v1/workloads"))!["workloads"]!.AsArray().Single()!;
            Assert.Equal("Completed", workload["phase"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const string UserCollectionAdmin = Runai.Emulator.Access.UserCollection.SeededAdmin;

    [Theory]
    [InlineData("""{ "users": [ { "email": "not-an-address" } ] }""", "users[0] 'not-an-address' was refused: ")]
    [InlineData("""{ "roles": [ { "name": "x", "permissions": [ { "resourceType": "spaceships", "actions": ["read"] } ] } ] }""", "roles[0] 'x' has a permission for resource type 'spaceships'")]
    [InlineData("""{ "roles": [ { "name": "x", "permissions": [ { "resourceType": "project", "actions": ["fly"] } ] } ] }""", "roles[0] 'x' has the action '\"fly\"'")]
    [InlineData("""{ "roles": [ { "name": "Viewer", "permissions": [ { "resourceType": "project", "actions": ["read"] } ] } ] }""", "roles[0] 'Viewer' was refused: Role 'Viewer' already exists")]
    [InlineData("""{ "accessRules": [ { "subjectType": "user", "subjectId": "a@b.c", "roleName": "Wizard", "scopeType": "tenant" } ] }""", "accessRules[0] 'user a@b.c' was refused: Role 'Wizard' does not exist")]
    [InlineData("""{ "accessRules": [ { "subjectType": "user", "subjectId": "a@b.c", "roleName": "Viewer", "scopeType": "project", "scopeName": "nowhere" } ] }""", "Project 'nowhere' does not exist")]
    [InlineData("""{ "workloads": [ { "type": "Batch", "project": "p", "name": "w" } ] }""", "workloads[0] 'w' has type 'Batch'")]
    [InlineData("""{ "workloads": [ { "type": "Inference", "project": "p", "name": "w", "phase": "Completed" } ] }""", "workloads[0] 'w' has phase 'Completed'; a Inference can be seeded as")]
    [InlineData("""{ "workloads": [ { "type": "Training", "project": "nowhere", "name": "w" } ] }""", "workloads[0] 'w' was refused: Project 'nowhere' does not exist")]
    [InlineData("""{ "assets": [ { "kind": "floppy", "meta": { "name": "a" } } ] }""", "assets[0] 'a' has kind 'floppy'")]
    [InlineData("""{ "assets": [ { "kind": "pvc", "meta": { "name": "a", "scope": "project", "project": "nowhere" }, "spec": {} } ] }""", "assets[0] 'a' was refused: Project 'nowhere' does not exist")]
    [InlineData("""{ "departments": [ { "name": "d", "resources": [ { "nodePool": { "name": "h100" }, "gpu": { "deserved": 1 } } ] } ] }""", "departments[0] 'd' was refused: Node pool 'h100' does not exist")]
    public async Task A_seed_entry_that_is_refused_is_named_in_the_error(string seed, string expected)
    {
        var error = await StartWithSeedAsync(seed);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task Strict_mode_checks_seed_entries_against_the_contract_and_lenient_mode_does_not()
    {
        // The contract wants a dotted domain; the emulator's own rule only an '@'.
        const string Seed = """{ "users": [ { "email": "ops@localhost" } ] }""";
        var error = await StartWithSeedAsync(Seed);
        Assert.Contains("users[0] 'ops@localhost' was refused: Request violates the Run:ai contract: create_user: body $.email", error.Message);
        var path = await WriteSeedAsync(Seed);
        try
        {
            await using var lenient = await RunningEmulator.StartAsync(["--lenient", "--seed", path]);
            using var http = await lenient.AuthorizedClientAsync();
            Assert.Contains("ops@localhost", (await http.GetFromJsonAsync<JsonArray>("/api/v1/users"))!.Select(u => u!["username"]!.GetValue<string>()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_seeded_workload_holds_its_phase_until_a_command_changes_it()
    {
        const string Seed = """{ "projects": [ { "name": "p", "resources": [] } ], "workloads": [ { "type": "Training", "project": "p", "name": "t", "phase": "Stopped" } ] }""";
        var path = await WriteSeedAsync(Seed);
        try
        {
            await using var emulator = await RunningEmulator.StartAsync(["--lenient", "--lifecycle-speed", "1000", "--seed", path]);
            using var http = await emulator.AuthorizedClientAsync();
            async Task<(string Id, string Phase)> Training()
            {
                var w = (await http.GetFromJsonAsync<JsonObject>("/api/v1/workloads"))!["workloads"]!.AsArray().Single()!;
                return (w["id"]!.GetValue<string>(), w["phase"]!.GetValue<string>());
            }
            await Task.Delay(50);
            var (id, phase) = await Training();
            Assert.Equal("Stopped", phase);
            using (var resume = await http.PostAsync($"/api/v1/workloads/trainings/{id}/resume", null)) Assert.True(resume.IsSuccessStatusCode);
            await Task.Delay(100);
            Assert.NotEqual("Stopped", (await Training()).Phase);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string> WriteSeedAsync(string seed)
    {
        var path = Path.Combine(Path.GetTempPath(), $"runai-seed-{Guid.NewGuid()}.json");
        await File.WriteAllTextAsync(path, seed);
        return path;
    }

    private static async Task<InvalidDataException> StartWithSeedAsync(string seed)
    {
        var path = await WriteSeedAsync(seed);
        try
        {
            return await Assert.ThrowsAsync<InvalidDataException>(() => RunningEmulator.StartAsync(["--seed", path]));
        }
        finally
        {
            File.Delete(path);
        }
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
