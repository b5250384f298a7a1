using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Runai.Emulator.Contract;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

/// <summary>
/// Operations clients call that the emulator lacked: the deprecated /v1/k8s node-pool family (same store as
/// /api/v1/node-pools), the per-cluster node list and the inference PATCH. Strict (from the digest), and each answer is
/// checked against the contract too.
/// </summary>
public sealed class AddedOperationsTests : IAsyncLifetime
{
    private const string ClusterId = "00000000-0000-4000-8000-000000000001";
    private RunningEmulator emulator = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        emulator = await RunningEmulator.StartAsync(["--lifecycle-speed", "1000000"]);
        client = await emulator.AuthorizedClientAsync();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await emulator.DisposeAsync();
    }

    [Fact]
    public async Task The_deprecated_node_pool_routes_share_the_node_pool_store()
    {
        var legacy = $"/v1/k8s/clusters/{ClusterId}/node-pools";

        using var created = await client.PostAsync(legacy, Json("""{"name":"a100","labelKey":"node-type","labelValue":"a100"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var listed = await AnswerAsync(HttpMethod.Get, legacy, "/v1/k8s/clusters/{clusterId}/node-pools");
        var pool = Assert.Single(listed.AsArray(), p => p!["name"]!.GetValue<string>() == "a100")!;
        var id = pool["id"]!.GetValue<long>();
        var current = JsonNode.Parse(await client.GetStringAsync($"/api/v1/node-pools/{id}"))!;
        Assert.Equal("node-type", current["labelKey"]!.GetValue<string>());

        using var labels = await client.PutAsync($"{legacy}/{id}/labels", Json("""{"labelKey":"gpu","labelValue":"a100-80"}"""));
        Assert.Equal(HttpStatusCode.Accepted, labels.StatusCode);
        current = JsonNode.Parse(await client.GetStringAsync($"/api/v1/node-pools/{id}"))!;
        Assert.Equal("gpu", current["labelKey"]!.GetValue<string>());

        using var deleted = await client.DeleteAsync($"{legacy}/{id}");
        Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
        using var gone = await client.GetAsync($"/api/v1/node-pools/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task The_deprecated_routes_need_a_token_and_refuse_another_clusters_pool()
    {
        using var anonymous = await emulator.Client.GetAsync($"/v1/k8s/clusters/{ClusterId}/node-pools");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var unknownCluster = await client.DeleteAsync("/v1/k8s/clusters/00000000-0000-4000-8000-0000000000ff/node-pools/1");
        Assert.Equal(HttpStatusCode.NotFound, unknownCluster.StatusCode);
    }

    [Fact]
    public async Task A_clusters_nodes_are_listed_as_the_contract_says()
    {
        var answer = await AnswerAsync(HttpMethod.Get, $"/api/v1/clusters/{ClusterId}/nodes", "/api/v1/clusters/{clusterUuid}/nodes");

        Assert.Equal(4, answer["nodes"]!.AsArray().Count);
        Assert.All(answer["nodes"]!.AsArray(), n => Assert.Equal(ClusterId, n!["clusterUuid"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_inference_spec_is_patched_in_place()
    {
        var projects = JsonNode.Parse(await client.GetStringAsync("/api/v1/org-unit/projects"))!["projects"]!.AsArray();
        var projectId = projects.Count > 0
            ? projects[0]!["id"]!.ToString()
            : JsonNode.Parse(await (await client.PostAsync("/api/v1/org-unit/projects",
                Json($$$"""{"name":"team-a","clusterId":"{{{ClusterId}}}","resources":[{"nodePool":{"id":"1","name":"default"},"gpu":{"deserved":1}}]}"""))).Content.ReadAsStringAsync())!["id"]!.ToString();
        using var created = await client.PostAsync("/api/v1/workloads/inferences",
            Json("{\"name\":\"chat\",\"projectId\":\"" + projectId + "\",\"clusterId\":\"" + ClusterId + "\",\"spec\":{\"image\":\"vllm/vllm-openai:latest\",\"servingPort\":{\"port\":8000}}}"));
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["workloadId"]!.GetValue<string>();

        var patched = await AnswerAsync(HttpMethod.Patch, $"/api/v1/workloads/inferences/{id}", "/api/v1/workloads/inferences/{workloadId}",
            """{"spec":{"image":"vllm/vllm-openai:v0.6.0"}}""", HttpStatusCode.Accepted);

        Assert.Equal("vllm/vllm-openai:v0.6.0", patched["spec"]!["image"]!.GetValue<string>());
        var read = JsonNode.Parse(await client.GetStringAsync($"/api/v1/workloads/inferences/{id}"))!;
        Assert.Equal("vllm/vllm-openai:v0.6.0", read["spec"]!["image"]!.GetValue<string>());
    }

    private async Task<JsonNode> AnswerAsync(HttpMethod method, string path, string template, string? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        var json = JsonNode.Parse(text)!;
        Assert.Empty(OpenApiContract.LoadDigest().CheckResponse(method.Method, template, (int)response.StatusCode, json));
        return json;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
