using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Runai.Client;
using Runai.Client.Diagnostics;
using Runai.Client.Organization;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client.Resources;

/// <summary>
/// How the generic client judges and reads answers (documented and undocumented 2xx, empty and non-JSON bodies), finds
/// an item a create answered without a body, and what update and patch send.
/// </summary>
public sealed class ResourceClientTests
{
    private const string Cluster = "00000000-0000-4000-8000-000000000001";

    private static readonly string StoredProject =
        $$$"""{"id":"7","name":"team-a","clusterId":"{{{Cluster}}}","parentId":"3","requestedNamespace":"runai-team-a","description":"old","resources":[{"nodePool":{"id":"1","name":"default"},"gpu":{"deserved":2}}],"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z","createdBy":"me","status":{"phase":"Ready"},"totalResources":{"gpuQuota":2},"effective":{"x":1},"overtimeData":{"y":2},"parent":{"id":"3","name":"dept"},"futureField":{"kept":[1,2]},"futureFlag":true}""";

    [Fact]
    public async Task A_documented_2xx_is_read_without_a_note()
    {
        var transport = Api.Transport((_, _) => ScriptedTransport.Json(HttpStatusCode.OK, StoredProject));
        using var connection = TestConnections.Create(transport);
        var log = new ListLogSink();

        Project project;
        using (RunaiLog.Use(log)) project = await connection.Projects().GetAsync("7");

        Assert.Equal("team-a", project.Name);
        Assert.DoesNotContain("does not document", log.All, StringComparison.Ordinal);
        Assert.Equal("/api/v1/org-unit/projects/7", Assert.Single(transport.Calls()).PathAndQuery);
    }

    [Fact]
    public async Task An_undocumented_2xx_is_accepted_with_a_debug_line()
    {
        var transport = Api.Transport((_, _) => ScriptedTransport.Json(HttpStatusCode.NonAuthoritativeInformation, StoredProject));
        using var connection = TestConnections.Create(transport);
        var log = new ListLogSink();

        Project project;
        using (RunaiLog.Use(log)) project = await connection.Projects().GetAsync("7");

        Assert.Equal("7", project.Id);
        Assert.Contains(log.Lines, l => l.StartsWith("DEBUG: GET /api/v1/org-unit/projects/7 answered 203, which the contract does not document for this operation (200)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_undocumented_2xx_without_a_body_on_delete_is_accepted()
    {
        var transport = Api.Transport((_, _) => Api.Status(HttpStatusCode.OK));
        using var connection = TestConnections.Create(transport);
        var log = new ListLogSink();

        using (RunaiLog.Use(log)) await connection.Departments().DeleteAsync("3");

        Assert.Contains("answered 200, which the contract does not document for this operation (204)", log.All, StringComparison.Ordinal);
        Assert.Equal("DELETE", Assert.Single(transport.Calls()).Method);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n")]
    public async Task A_200_without_a_body_on_get_is_an_invalid_response(string body)
    {
        var transport = Api.Transport((_, _) => Api.Body(HttpStatusCode.OK, body, "application/json"));
        using var connection = TestConnections.Create(transport);

        var error = await Assert.ThrowsAsync<RunaiInvalidResponseException>(() => connection.Projects().GetAsync("7"));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/api/v1/org-unit/projects/7", error.Path);
        Assert.Contains("no body where a project was expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_200_without_a_body_on_list_is_an_invalid_response()
    {
        var transport = Api.Transport((_, _) => Api.Status(HttpStatusCode.OK));
        using var connection = TestConnections.Create(transport);

        var error = await Assert.ThrowsAsync<RunaiInvalidResponseException>(() => connection.Projects().ListAllAsync());

        Assert.Equal("/api/v1/org-unit/projects", error.Path);
        Assert.Contains("no body where a page of projects was expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_cut_off_mid_body_is_a_network_error_naming_the_path()
    {
        // Pages are parsed as they arrive: the connection failing half-way through one surfaces while it is read.
        var transport = Api.Transport((_, _) => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new CutOffStream(Encoding.UTF8.GetBytes("""{"projects":[{"id":"7","name":"team-a","clusterId":"c"},{"id":"8","na""")))
            {
                Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") },
            },
        });
        using var connection = TestConnections.Create(transport);

        var error = await Assert.ThrowsAsync<RunaiNetworkException>(() => connection.Projects().ListAllAsync());

        Assert.Equal("/api/v1/org-unit/projects", error.Path);
        Assert.Contains("cut off", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
    }

    /// <summary>Delivers its bytes, then fails as a dropped connection does.</summary>
    private sealed class CutOffStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position < Length ? base.ReadAsync(buffer, cancellationToken) : throw new IOException("The connection was reset.");
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override int Read(byte[] buffer, int offset, int count) =>
            Position < Length ? base.Read(buffer, offset, count) : throw new IOException("The connection was reset.");
    }

    [Fact]
    public async Task An_html_200_is_an_invalid_response_naming_the_content_type()
    {
        var transport = Api.Transport((_, _) => Api.Body(HttpStatusCode.OK, "<html><body>Sign in</body></html>", "text/html"));
        using var connection = TestConnections.Create(transport);

        var error = await Assert.ThrowsAsync<RunaiInvalidResponseException>(() => connection.NodePools().ListAllAsync());

        Assert.Equal("text/html", error.ContentType);
        Assert.Contains("content that is not JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("(content type text/html)", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task Json_of_the_wrong_shape_is_an_invalid_response_keeping_the_parse_error()
    {
        var transport = Api.Transport((_, _) => ScriptedTransport.Json(HttpStatusCode.OK, """{"items":[]}"""));
        using var connection = TestConnections.Create(transport);

        var error = await Assert.ThrowsAsync<RunaiInvalidResponseException>(() => connection.NodePools().ListAllAsync());

        Assert.Contains("JSON that is not a page of node pools", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task A_create_answered_202_without_a_body_finds_the_item_by_name_in_its_scope()
    {
        var transport = Api.Transport((request, _) => request.Method == HttpMethod.Post
            ? Api.Status(HttpStatusCode.Accepted)
            : ScriptedTransport.Json(HttpStatusCode.OK, $$"""{"projects":[{{StoredProject}}]}"""));
        using var connection = TestConnections.Create(transport);

        var created = await connection.Projects().CreateAsync(new Project { Name = "team-a", ClusterId = Cluster, ParentId = "3" });

        Assert.Equal("7", created.Id);
        var calls = transport.Calls();
        Assert.Equal(2, calls.Count);
        Assert.Equal("POST", calls[0].Method);
        Assert.Equal("GET", calls[1].Method);
        Assert.StartsWith("/api/v1/org-unit/projects?", calls[1].PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("filterBy=name%3D%3Dteam-a%2CclusterId%3D%3D" + Cluster, calls[1].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_create_answered_with_the_item_sends_no_lookup_and_leaves_out_server_owned_fields()
    {
        var transport = Api.Transport((_, _) => ScriptedTransport.Json(HttpStatusCode.Created, StoredProject));
        using var connection = TestConnections.Create(transport);

        var created = await connection.Projects().CreateAsync(new Project { Id = "99", Name = "team-a", ClusterId = Cluster, ParentId = "3" });

        Assert.Equal("7", created.Id);
        var post = Assert.Single(transport.Calls());
        var body = JsonNode.Parse(post.Body!)!.AsObject();
        Assert.False(body.ContainsKey("id"));
        Assert.Equal("team-a", (string?)body["name"]);
        Assert.Equal("3", (string?)body["parentId"]);
    }

    [Fact]
    public async Task Update_keeps_unknown_fields_and_leaves_out_server_owned_and_fixed_fields()
    {
        var transport = Api.Transport((request, _) => ScriptedTransport.Json(HttpStatusCode.OK, StoredProject));
        using var connection = TestConnections.Create(transport);

        await connection.Projects().UpdateAsync("7", p => p.Description = "new");

        var calls = transport.Calls();
        Assert.Equal(new[] { "GET", "PUT" }, calls.Select(c => c.Method));
        Assert.Equal("/api/v1/org-unit/projects/7", calls[1].PathAndQuery);
        var body = JsonNode.Parse(calls[1].Body!)!.AsObject();
        Assert.Equal("new", (string?)body["description"]);
        Assert.Equal("""{"kept":[1,2]}""", body["futureField"]!.ToJsonString());
        Assert.True((bool)body["futureFlag"]!);
        Assert.Equal(2, (double)body["resources"]![0]!["gpu"]!["deserved"]!);
        foreach (var field in ProjectResource.Descriptor.ServerOwnedFields.Concat(ProjectResource.Descriptor.FixedFields))
            Assert.False(body.ContainsKey(field), $"the PUT body holds '{field}', which the update does not take");
    }

    [Fact]
    public async Task Patch_sends_only_the_changes()
    {
        var transport = Api.Transport((_, _) => ScriptedTransport.Json(HttpStatusCode.OK, """{"id":"p1","name":"pool","clusterId":"c","labelKey":"k"}"""));
        using var connection = TestConnections.Create(transport);

        var patched = await connection.NodePools().PatchAsync("p1", new JsonObject { ["labelKey"] = "k" });

        Assert.Equal("k", patched.LabelKey);
        var patch = Assert.Single(transport.Calls());
        Assert.Equal("PATCH", patch.Method);
        Assert.Equal("/api/v1/node-pools/p1", patch.PathAndQuery);
        Assert.Equal("""{"labelKey":"k"}""", patch.Body);
    }

    [Fact]
    public async Task A_patch_answered_without_a_body_reads_the_item_back()
    {
        var transport = Api.Transport((request, _) => request.Method.Method == "PATCH"
            ? Api.Status(HttpStatusCode.OK)
            : ScriptedTransport.Json(HttpStatusCode.OK, """{"id":"p1","name":"pool","clusterId":"c","labelKey":"k"}"""));
        using var connection = TestConnections.Create(transport);

        var patched = await connection.NodePools().PatchAsync("p1", new JsonObject { ["labelKey"] = "k" });

        Assert.Equal("k", patched.LabelKey);
        Assert.Equal(new[] { "PATCH", "GET" }, transport.Calls().Select(c => c.Method));
    }

    [Fact]
    public async Task A_name_that_cannot_be_filtered_is_not_found_without_a_request()
    {
        var transport = Api.Transport((_, _) => ScriptedTransport.Json(HttpStatusCode.OK, """{"projects":[]}"""));
        using var connection = TestConnections.Create(transport);

        Assert.Null(await connection.Projects().FindByNameAsync("a,clusterId==x"));
        Assert.Empty(transport.Calls());
    }
}
