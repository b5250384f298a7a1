using System.Net;
using Runai.Client.DataVolumes;
using Runai.Client.Organization;
using Runai.Client.Resources;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client.Resources;

/// <summary>
/// A descriptor's <see cref="ResourceDescriptor{T}.FixedQuery"/> (data volumes' required <c>requestType</c>) goes with
/// every list page, count and name look-up; a query that sets the parameter itself sends its own value instead.
/// </summary>
public sealed class FixedQueryTests
{
    private const string Volume = """{"id":"00000000-0000-4000-8000-000000000001","name":"imagenet","projectId":"7","projectName":"team-a","originPvcName":"pvc-a","status":{"phase":"Ready"}}""";

    private static ScriptedTransport DataVolumeApi() => Api.Transport((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/count", StringComparison.Ordinal)
        ? ScriptedTransport.Json(HttpStatusCode.OK, """{"count":1}""")
        : ScriptedTransport.Json(HttpStatusCode.OK, $$"""{"datavolumes":[{{Volume}}]}"""));

    [Fact]
    public async Task Every_list_count_and_name_lookup_carries_the_fixed_parameter()
    {
        var transport = DataVolumeApi();
        using var connection = TestConnections.Create(transport);
        var volumes = connection.DataVolumes();

        var listed = await volumes.ListAllAsync(new ResourceQuery().Where("projectId", "==", "7"));
        var count = await volumes.CountAsync();
        var found = await volumes.FindByNameAsync("imagenet", "7");

        Assert.Equal("imagenet", Assert.Single(listed).Name);
        Assert.Equal(1, count);
        Assert.Equal("00000000-0000-4000-8000-000000000001", found!.Id);
        var calls = transport.Calls();
        Assert.Equal(3, calls.Count);
        Assert.All(calls, c => Assert.Single(Query(c.PathAndQuery), p => p == "requestType=Originated"));
        Assert.Contains("filterBy=projectId%3D%3D7", calls[0].PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/api/v1/datavolumes/count?", calls[1].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_that_sets_the_parameter_itself_sends_only_its_own_value()
    {
        var transport = DataVolumeApi();
        using var connection = TestConnections.Create(transport);

        await connection.DataVolumes().ListAllAsync(new ResourceQuery().With("requestType", "UsableInProject").With("usableInProjectId", "7"));

        var query = Query(Assert.Single(transport.Calls()).PathAndQuery);
        Assert.Single(query, p => p.StartsWith("requestType=", StringComparison.Ordinal));
        Assert.Contains("requestType=UsableInProject", query);
        Assert.Contains("usableInProjectId=7", query);
    }

    [Fact]
    public async Task A_descriptor_without_fixed_parameters_sends_none()
    {
        var transport = Api.Transport((_, _) => ScriptedTransport.Json(HttpStatusCode.OK, """{"projects":[]}"""));
        using var connection = TestConnections.Create(transport);

        await connection.Projects().ListAllAsync();

        Assert.Empty(ProjectResource.Descriptor.FixedQuery);
        Assert.DoesNotContain(Query(Assert.Single(transport.Calls()).PathAndQuery), p => p.StartsWith("requestType", StringComparison.Ordinal));
    }

    [Fact]
    public void The_query_given_is_not_changed()
    {
        var query = new ResourceQuery().Where("name", "==", "a");

        var sent = query.WithFixed(DataVolumeResource.Descriptor.FixedQuery);

        Assert.True(sent.Has("requestType"));
        Assert.False(query.Has("requestType"));
    }

    private static List<string> Query(string pathAndQuery) =>
        pathAndQuery.Contains('?', StringComparison.Ordinal) ? pathAndQuery.Split('?')[1].Split('&').ToList() : new List<string>();
}
