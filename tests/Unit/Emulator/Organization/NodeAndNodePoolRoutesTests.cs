using System.Net;
using System.Text.Json.Nodes;
using Runai.Tests.Unit.Support;
using Xunit.Abstractions;

namespace Runai.Tests.Unit.Emulator.Organization;

public sealed class NodeAndNodePoolRoutesTests : IClassFixture<OrganizationEmulator>
{
    private readonly OrganizationEmulator emulator;
    private readonly ITestOutputHelper output;

    public NodeAndNodePoolRoutesTests(OrganizationEmulator emulator, ITestOutputHelper output)
    {
        this.emulator = emulator;
        this.output = output;
        emulator.Reset();
    }

    [Fact]
    public async Task Nodes_are_seeded_four_per_cluster_with_eight_gpus_in_the_default_pool()
    {
        var nodes = (await emulator.GetAsync("/api/v1/nodes"))["nodes"]!.AsArray();

        Assert.Equal(["node-1", "node-2", "node-3", "node-4"], nodes.Select(n => (string)n!["name"]!));
        Assert.All(nodes, n =>
        {
            Assert.Equal("default", (string)n!["nodePool"]!);
            Assert.Equal(8, (int)n["gpuInfo"]!["gpuCount"]!);
            Assert.Equal(OrganizationEmulator.Cluster1, (string)n["clusterUuid"]!);
        });
        AssertShape(await emulator.GetAsync("/api/v1/nodes"), "/api/v1/nodes");
    }

    [Fact]
    public async Task Nodes_filter_and_count()
    {
        var filtered = await emulator.GetAsync("/api/v1/nodes?filterBy=name=$3");
        Assert.Equal("node-3", (string)filtered["nodes"]![0]!["name"]!);
        Assert.Single(filtered["nodes"]!.AsArray());

        Assert.Equal(4, (int)(await emulator.GetAsync("/api/v1/nodes/count"))["count"]!);
        Assert.Equal(2, (int)(await emulator.GetAsync("/api/v1/nodes/count?filterBy=name!=node-1,name!=node-2"))["count"]!);
        Assert.Equal(4, (int)(await emulator.GetAsync($"/api/v1/clusters/{OrganizationEmulator.Cluster1}/nodes/count"))["count"]!);
    }

    [Fact]
    public async Task The_default_pool_is_seeded_and_lists_its_nodes()
    {
        var pools = (await emulator.GetAsync("/api/v1/node-pools"))["nodepools"]!.AsArray();

        var pool = Assert.Single(pools)!;
        Assert.Equal("default", (string)pool["name"]!);
        Assert.True((bool)pool["isDefault"]!);
        Assert.Equal("Ready", (string)pool["phase"]!);
        Assert.Equal(4, pool["status"]!["nodes"]!.AsArray().Count);
        AssertShape(await emulator.GetAsync("/api/v1/node-pools"), "/api/v1/node-pools");
    }

    [Fact]
    public async Task Creating_a_node_pool_keeps_the_fields_the_user_set()
    {
        var created = await emulator.CreateAsync("/api/v1/node-pools", NewPool("a100"));

        Assert.Equal("a100", (string)created["name"]!);
        Assert.Equal("binpack", (string)created["placementStrategy"]!["gpu"]!);
        Assert.Equal("Use", (string)created["gpuNetworkAccelerationDetection"]!);
        Assert.Equal("Empty", (string)created["phase"]!);
        Assert.False((bool)created["isDefault"]!);
        Assert.Equal(created.ToJsonString(), (await emulator.GetAsync($"/api/v1/node-pools/{created["id"]}")).ToJsonString());
        AssertShape(created, "/api/v1/node-pools", "post", 201);
    }

    [ContractFact]
    public async Task The_response_check_reports_a_real_pool_list_broken_in_a_required_field_and_an_enum()
    {
        await emulator.CreateAsync("/api/v1/node-pools", NewPool("a100"));
        var list = await emulator.GetAsync("/api/v1/node-pools?sortBy=name");
        Assert.Empty(ContractShape.ViolationsOfResponse(list, "/api/v1/node-pools"));

        var pool = list["nodepools"]![0]!.AsObject();
        Assert.Equal("a100", (string)pool["name"]!);
        pool.Remove("labelKey");
        pool["placementStrategy"]!["gpu"] = "scatter";

        var violations = ContractShape.ViolationsOfResponse(list, "/api/v1/node-pools");
        Assert.Contains(violations, v => v.StartsWith("response $.nodepools[0]: ", StringComparison.Ordinal) && v.Contains("\"labelKey\"", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("response $.nodepools[0].placementStrategy.gpu: \"scatter\" is not one of", StringComparison.Ordinal));
        Assert.Contains("does not document status 418", Assert.Single(ContractShape.ViolationsOfResponse(list, "/api/v1/node-pools", status: 418)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_node_pool_name_is_a_conflict()
    {
        await emulator.CreateAsync("/api/v1/node-pools", NewPool("a100"));

        var (status, body) = await emulator.SendAsync(HttpMethod.Post, "/api/v1/node-pools", NewPool("a100"));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(409, (int)body!["code"]!);
        Assert.Contains("a100", (string)body["message"]!);
    }

    [Theory]
    [InlineData("A100")]
    [InlineData("1gpu")]
    [InlineData("gpu_pool")]
    [InlineData("pool-")]
    [InlineData("")]
    public async Task Invalid_node_pool_names_are_refused(string name)
    {
        var (status, _) = await emulator.SendAsync(HttpMethod.Post, "/api/v1/node-pools", NewPool(name));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Patch_changes_only_the_fields_sent_and_put_replaces_them()
    {
        var id = (string)(await emulator.CreateAsync("/api/v1/node-pools", NewPool("a100")))["id"]!;

        var (patchStatus, patched) = await emulator.SendAsync(HttpMethod.Patch, $"/api/v1/node-pools/{id}", new JsonObject { ["labelValue"] = "a100-80g" });
        Assert.Equal(HttpStatusCode.OK, patchStatus);
        Assert.Equal("a100-80g", (string)patched!["labelValue"]!);
        Assert.Equal("binpack", (string)patched["placementStrategy"]!["gpu"]!);

        var (putStatus, replaced) = await emulator.SendAsync(HttpMethod.Put, $"/api/v1/node-pools/{id}", new JsonObject { ["labelKey"] = "gpu" });
        Assert.Equal(HttpStatusCode.OK, putStatus);
        Assert.Equal("gpu", (string)replaced!["labelKey"]!);
        Assert.Equal("a100-80g", (string)replaced["labelValue"]!);
        Assert.Null(replaced["placementStrategy"]);
        Assert.Equal("Auto", (string)replaced["gpuNetworkAccelerationDetection"]!);
    }

    [Fact]
    public async Task Deleting_a_node_pool_makes_it_unknown_and_the_default_pool_cannot_be_deleted()
    {
        var id = (string)(await emulator.CreateAsync("/api/v1/node-pools", NewPool("a100")))["id"]!;

        Assert.Equal(HttpStatusCode.NoContent, (await emulator.SendAsync(HttpMethod.Delete, $"/api/v1/node-pools/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await emulator.SendAsync(HttpMethod.Get, $"/api/v1/node-pools/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await emulator.SendAsync(HttpMethod.Delete, $"/api/v1/node-pools/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await emulator.SendAsync(HttpMethod.Patch, $"/api/v1/node-pools/{id}", new JsonObject())).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await emulator.SendAsync(HttpMethod.Delete, "/api/v1/node-pools/1")).Status);
    }

    [Fact]
    public async Task Node_pools_sort_filter_and_count()
    {
        foreach (var name in new[] { "v100", "a100", "h100" })
            await emulator.CreateAsync("/api/v1/node-pools", NewPool(name));

        var sorted = await emulator.GetAsync("/api/v1/node-pools?sortBy=name&sortOrder=desc&limit=2&offset=1");
        Assert.Equal(["h100", "default"], sorted["nodepools"]!.AsArray().Select(p => (string)p!["name"]!));
        Assert.Equal(3, (int)(await emulator.GetAsync("/api/v1/node-pools/count?filterBy=name=@100"))["count"]!);
        Assert.Equal(1, (int)(await emulator.GetAsync("/api/v1/node-pools/count?filterBy=phase==Ready"))["count"]!);
    }

    [Fact]
    public async Task Reset_returns_node_pools_to_the_seed()
    {
        await emulator.CreateAsync("/api/v1/node-pools", NewPool("a100"));

        emulator.Reset();

        Assert.Single((await emulator.GetAsync("/api/v1/node-pools"))["nodepools"]!.AsArray());
    }

    private static JsonObject NewPool(string name) => new()
    {
        ["name"] = name,
        ["clusterId"] = OrganizationEmulator.Cluster1,
        ["labelKey"] = "node-type",
        ["labelValue"] = name,
        ["placementStrategy"] = new JsonObject { ["gpu"] = "binpack", ["cpu"] = "spread" },
        ["gpuNetworkAccelerationDetection"] = "Use",
    };

    private void AssertShape(JsonNode body, string path, string method = "get", int status = 200)
    {
        if (!ContractShape.Available)
        {
            output.WriteLine("Contract ../shared/runai-api/openapi.json not found: shape check skipped.");
            return;
        }
        ContractShape.AssertResponseMatches(body, path, method, status);
    }
}
