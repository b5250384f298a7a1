using System.Net;
using System.Text.Json;
using Runai.Client;
using Runai.Client.Clusters;
using Runai.Client.Json;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client;

public class PathAndModelTests
{
    [Theory]
    [InlineData("../admin", "api/v1/projects/..%2Fadmin")]
    [InlineData("a b", "api/v1/projects/a%20b")]
    [InlineData("x?y=1#z", "api/v1/projects/x%3Fy%3D1%23z")]
    [InlineData("123", "api/v1/projects/123")]
    public void Path_segments_are_encoded(string id, string expected) =>
        Assert.Equal(expected, RunaiPath.Format("/api/v1/projects/{0}", id));

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("  ")]
    public void Dot_and_empty_segments_are_refused(string id) =>
        Assert.Throws<ArgumentException>(() => RunaiPath.Format("api/v1/projects/{0}", id));

    [Fact]
    public async Task An_encoded_name_cannot_leave_its_path_on_the_wire()
    {
        var transport = new ScriptedTransport((request, _, _) => request.RequestUri!.AbsolutePath == "/api/v1/token"
            ? ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(DateTimeOffset.Parse("2026-01-01T00:00:00Z"), TimeSpan.FromHours(1))))
            : ScriptedTransport.Json(HttpStatusCode.OK, "{}"));
        using var connection = TestConnections.Create(transport);
        await connection.GetAsync(RunaiPath.Format("api/v1/clusters/{0}", "../../admin"), CoreJsonContext.Default.JsonElement);
        Assert.Contains(transport.Requests, r => r.PathAndQuery == "/api/v1/clusters/..%2F..%2Fadmin");
    }

    [Fact]
    public void Unknown_fields_survive_a_read_modify_write()
    {
        const string json = """{"uuid":"u1","name":"c1","tenantId":7,"createdAt":"2026-01-01T00:00:00Z","futureField":{"a":[1,2,{"b":null}]},"flag":true}""";
        var cluster = JsonSerializer.Deserialize(json, CoreJsonContext.Default.Cluster)!;
        cluster.Name = "renamed";
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(cluster, CoreJsonContext.Default.Cluster));

        Assert.Equal("renamed", written.RootElement.GetProperty("name").GetString());
        Assert.Equal("""{"a":[1,2,{"b":null}]}""", written.RootElement.GetProperty("futureField").GetRawText());
        Assert.True(written.RootElement.GetProperty("flag").GetBoolean());
    }

    [Fact]
    public void Raw_json_is_shown_as_plain_values()
    {
        // PowerShell shows and ConvertTo-Json writes public properties: a JsonElement there would print {"ValueKind": N}.
        const string json = """{"uuid":"u1","name":"c1","tenantId":7,"status":{"state":"Connected","nodes":3},"futureField":{"a":[1,2.5,{"b":null}]},"flag":true}""";
        var cluster = JsonSerializer.Deserialize(json, CoreJsonContext.Default.Cluster)!;

        var status = Assert.IsType<Dictionary<string, object?>>(cluster.Status);
        Assert.Equal("Connected", status["state"]);
        Assert.Equal(3L, status["nodes"]);
        Assert.Equal("Connected", cluster.State);
        var extra = cluster.AdditionalProperties!;
        Assert.Equal(true, extra["flag"]);
        var array = Assert.IsType<object?[]>(Assert.IsType<Dictionary<string, object?>>(extra["futureField"])["a"]);
        Assert.Equal(new object?[] { 1L, 2.5 }, array.Take(2));
        Assert.Null(Assert.IsType<Dictionary<string, object?>>(array[2])["b"]);
        Assert.DoesNotContain(typeof(JsonElement), typeof(Cluster).GetProperties().Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType));
    }

    [Fact]
    public void Query_strings_join_arrays_and_skip_nulls()
    {
        var query = new QueryString().Add("filterBy", new[] { "name==a", "phase==Running" }).Add("limit", 5).Add("search", (string?)null);
        Assert.Equal("api/v1/x?filterBy=name%3D%3Da%2Cphase%3D%3DRunning&limit=5", query.AppendTo("api/v1/x"));
    }

    [Fact]
    public async Task The_pager_requests_the_next_page_while_one_is_consumed_and_stops_on_a_short_page()
    {
        var offsets = new List<int>();
        Task<IReadOnlyList<int>> Page(int offset, int limit, CancellationToken _)
        {
            offsets.Add(offset);
            var items = Enumerable.Range(offset, Math.Max(0, Math.Min(limit, 1050 - offset))).ToList();
            return Task.FromResult<IReadOnlyList<int>>(items);
        }

        var firstFive = await Runai.Client.Paging.Pager.Flatten(Runai.Client.Paging.Pager.ListPagesAsync(Page, pageSize: 100)).Take(5).ToListAsync();
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, firstFive);
        Assert.Equal(new[] { 0, 100 }, offsets); // the second page was asked for while the first was read; nothing further

        offsets.Clear();
        var all = await Runai.Client.Paging.Pager.Flatten(Runai.Client.Paging.Pager.ListPagesAsync(Page, skip: 10, pageSize: 500)).ToListAsync();
        Assert.Equal(1040, all.Count);
        Assert.Equal(new[] { 10, 510, 1010 }, offsets);
    }
}
