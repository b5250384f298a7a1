using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

/// <summary>
/// Strict mode from the embedded contract digest (always run). When shared/runai-api/openapi.json is present, every
/// request is also sent to an emulator strict from the full document, and both must answer alike: the digest rejects
/// exactly what the document rejects.
/// </summary>
public sealed class StrictModeTests(StrictEmulatorFixture fixture) : IClassFixture<StrictEmulatorFixture>
{
    private const string ClusterId = "00000000-0000-4000-8000-000000000001";
    private const string Prefix = "Request violates the Run:ai contract: ";

    private const string ValidProject =
        """{"name":"team-a","clusterId":"00000000-0000-4000-8000-000000000001","resources":[{"nodePool":{"id":"1","name":"default"},"gpu":{"deserved":1}}]}""";
    private const string ValidTraining =
        """{"name":"bert-ft","projectId":"1","clusterId":"00000000-0000-4000-8000-000000000001","spec":{"image":"nvcr.io/nvidia/pytorch:24.01-py3","imagePullPolicy":"IfNotPresent","compute":{"gpuDevicesRequest":1,"gpuPortionRequest":null}}}""";
    private const string ValidNodePool =
        """{"name":"a100","labelKey":"node-type","labelValue":"a100","clusterId":"00000000-0000-4000-8000-000000000001"}""";

    [Fact]
    public async Task The_token_grant_is_validated_too()
    {
        var (valid, validEntry) = await SendAsync(HttpMethod.Post, "/api/v1/token", """{"grantType":"client_credentials","clientID":"emulator-app","clientSecret":"emulator-secret"}""");
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        AssertAccepted(validEntry);

        var (invalid, _) = await SendAsync(HttpMethod.Post, "/api/v1/token", """{"grantType":"client-credentials","clientID":"emulator-app","clientSecret":"emulator-secret"}""");
        await AssertRejectedAsync(invalid, "grant_token", "body $.grantType: ");
    }

    [Theory]
    [InlineData("create_project", "/api/v1/org-unit/projects", "project")]
    [InlineData("create_training1", "/api/v1/workloads/trainings", "training")]
    [InlineData("create_nodepool", "/api/v1/node-pools", "nodepool")]
    public async Task Valid_bodies_pass(string operationId, string path, string which)
    {
        var body = which switch { "project" => ValidProject, "training" => ValidTraining, _ => ValidNodePool };

        var (response, entry) = await SendAsync(HttpMethod.Post, path, body);

        AssertAccepted(entry);
        Assert.DoesNotContain(operationId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("create_project", "/api/v1/org-unit/projects", """{"name":"team-a","resources":[]}""", "body $: ", "clusterId")]
    [InlineData("create_project", "/api/v1/org-unit/projects", """{"name":7,"clusterId":"00000000-0000-4000-8000-000000000001","resources":[]}""", "body $.name: ", "\"string\"")]
    [InlineData("create_project", "/api/v1/org-unit/projects", """{"name":"a","clusterId":"00000000-0000-4000-8000-000000000001","resources":[{"gpu":{"deserved":"one"}}]}""", "body $.resources[0].gpu.deserved: ", "\"number")]
    [InlineData("create_training1", "/api/v1/workloads/trainings", """{"name":"t","clusterId":"00000000-0000-4000-8000-000000000001"}""", "body $: ", "projectId")]
    [InlineData("create_training1", "/api/v1/workloads/trainings", """{"name":"t","projectId":"1","clusterId":"00000000-0000-4000-8000-000000000001","spec":{"compute":{"gpuDevicesRequest":"one"}}}""", "body $.spec.compute.gpuDevicesRequest: ", "\"integer")]
    [InlineData("create_training1", "/api/v1/workloads/trainings", """{"name":"t","projectId":"1","clusterId":"00000000-0000-4000-8000-000000000001","spec":{"imagePullPolicy":"Sometimes"}}""", "body $.spec.imagePullPolicy: ", "\"IfNotPresent\"")]
    [InlineData("create_nodepool", "/api/v1/node-pools", """{"name":"a100","labelValue":"a100","clusterId":"00000000-0000-4000-8000-000000000001"}""", "body $: ", "labelKey")]
    [InlineData("create_nodepool", "/api/v1/node-pools", """{"name":"a100","labelKey":"k","labelValue":"v","clusterId":"00000000-0000-4000-8000-000000000001","gpuNetworkAccelerationDetection":"Sometimes"}""", "body $.gpuNetworkAccelerationDetection: ", "\"Auto\"")]
    public async Task Invalid_bodies_are_rejected_naming_the_problem(string operationId, string path, string body, string where, string what)
    {
        var (response, entry) = await SendAsync(HttpMethod.Post, path, body);

        var message = await AssertRejectedAsync(response, operationId, where);
        Assert.Contains(what, message, StringComparison.Ordinal);
        Assert.Equal(message, entry.GetProperty("violation").GetString());
    }

    [Fact]
    public async Task Project_listing_takes_filterBy_and_limit()
    {
        var (_, entry) = await SendAsync(HttpMethod.Get, "/api/v1/org-unit/projects?filterBy=name==team-a,clusterId==" + ClusterId + "&limit=10&offset=0&sortBy=name&sortOrder=desc");
        AssertAccepted(entry);

        var (badLimit, _) = await SendAsync(HttpMethod.Get, "/api/v1/org-unit/projects?limit=0");
        await AssertRejectedAsync(badLimit, "get_projects", "query parameter 'limit': ");
        var (badFilter, _) = await SendAsync(HttpMethod.Get, "/api/v1/org-unit/projects?filterBy=name==a,colour==red");
        await AssertRejectedAsync(badFilter, "get_projects", "query parameter 'filterBy'[1]: ");
        var (badSort, _) = await SendAsync(HttpMethod.Get, "/api/v1/org-unit/projects?sortOrder=down");
        await AssertRejectedAsync(badSort, "get_projects", "query parameter 'sortOrder': ");
    }

    [Fact]
    public async Task Unknown_paths_and_undefined_methods_are_rejected()
    {
        var (unknown, unknownEntry) = await SendAsync(HttpMethod.Get, "/api/v1/projects");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.StartsWith(Prefix + "no operation matches GET /api/v1/projects", await MessageAsync(unknown), StringComparison.Ordinal);
        Assert.StartsWith(Prefix, unknownEntry.GetProperty("violation").GetString(), StringComparison.Ordinal);

        var (wrongMethod, _) = await SendAsync(HttpMethod.Patch, "/api/v1/token", "{}");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal(["POST"], wrongMethod.Content.Headers.Allow);
    }

    [Fact]
    public async Task Contract_valid_requests_reach_the_handlers()
    {
        var (response, entry) = await SendAsync(HttpMethod.Get, $"/api/v1/clusters/{ClusterId}?verbosity=full");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertAccepted(entry);
    }

    private async Task<(HttpResponseMessage Response, JsonElement LogEntry)> SendAsync(HttpMethod method, string pathAndQuery, string? body = null)
    {
        var answer = await SendToAsync(fixture.Emulator, method, pathAndQuery, body);
        if (fixture.DocumentEmulator is { } document)
        {
            var fromDocument = await SendToAsync(document, method, pathAndQuery, body);
            Assert.Equal(fromDocument.Response.StatusCode, answer.Response.StatusCode);
            Assert.Equal(fromDocument.LogEntry.GetProperty("violation").ToString(), answer.LogEntry.GetProperty("violation").ToString());
            if (!answer.Response.IsSuccessStatusCode) // a refusal's body is the same Error; answers may differ in ids and times
                Assert.Equal(await fromDocument.Response.Content.ReadAsStringAsync(), await answer.Response.Content.ReadAsStringAsync());
        }
        return answer;
    }

    private static async Task<(HttpResponseMessage Response, JsonElement LogEntry)> SendToAsync(RunningEmulator emulator, HttpMethod method, string pathAndQuery, string? body)
    {
        using var client = await emulator.AuthorizedClientAsync();
        await emulator.Client.DeleteAsync("/admin/requests");
        using var request = new HttpRequestMessage(method, pathAndQuery);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return (response, Assert.Single(await emulator.RequestLogAsync()));
    }

    private static void AssertAccepted(JsonElement entry) =>
        Assert.True(entry.GetProperty("violation").ValueKind == JsonValueKind.Null, entry.GetProperty("violation").ToString());

    private static async Task<string> AssertRejectedAsync(HttpResponseMessage response, string operationId, string where)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await MessageAsync(response);
        Assert.StartsWith($"{Prefix}{operationId}: ", message, StringComparison.Ordinal);
        Assert.Contains(where, message, StringComparison.Ordinal);
        return message;
    }

    private static async Task<string> MessageAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString()!;
}
