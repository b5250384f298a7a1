using System.Net;
using Runai.Client;
using Runai.Client.Assets;
using Runai.Client.DataVolumes;
using Runai.Client.Organization;
using Runai.Client.Resources;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client.Resources;

/// <summary>
/// <see cref="ResourceClient{T}.IsNameAvailableAsync"/>: the name goes in the parameter the descriptor names, with the
/// scope's parameters after it; 2xx means free, 409 taken, anything else is an error; a bad name is refused unsent.
/// </summary>
public sealed class NameAvailabilityTests
{
    private const string Cluster = "00000000-0000-4000-8000-000000000001";

    [Theory]
    [InlineData(HttpStatusCode.NoContent, true)]
    [InlineData(HttpStatusCode.Conflict, false)]
    public async Task A_free_name_is_available_and_a_taken_one_is_not(HttpStatusCode answer, bool available)
    {
        var transport = Api.Transport((_, _) => answer == HttpStatusCode.NoContent ? new HttpResponseMessage(answer) : ScriptedTransport.Error(answer, "taken"));
        using var connection = TestConnections.Create(transport);

        Assert.Equal(available, await connection.DataVolumes().IsNameAvailableAsync("imagenet", Cluster));
        Assert.Equal($"/api/v1/datavolumes/name-availability?dataName=imagenet&clusterId={Cluster}", Assert.Single(transport.Calls()).PathAndQuery);
    }

    [Fact]
    public async Task Templates_send_the_name_as_templateName_with_their_scope()
    {
        var transport = Api.Transport((_, _) => new HttpResponseMessage(HttpStatusCode.NoContent));
        using var connection = TestConnections.Create(transport);

        Assert.True(await connection.Resource(WorkloadTemplateKinds.Templates).IsNameAvailableAsync("a b", new ResourceQuery().With("scopeType", "project").With("scopeId", "7")));
        Assert.Equal("/api/v1/workload-templates/name-availability?templateName=a%20b&scopeType=project&scopeId=7", Assert.Single(transport.Calls()).PathAndQuery);
    }

    [Fact]
    public async Task Any_other_answer_is_an_error()
    {
        var transport = Api.Transport((_, _) => ScriptedTransport.Error(HttpStatusCode.Forbidden, "no"));
        using var connection = TestConnections.Create(transport);

        var error = await Assert.ThrowsAsync<RunaiApiException>(() => connection.DataVolumes().IsNameAvailableAsync("imagenet", Cluster));
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task An_empty_name_or_a_collection_without_the_check_is_refused_before_anything_is_sent()
    {
        var transport = Api.Transport((_, _) => new HttpResponseMessage(HttpStatusCode.NoContent));
        using var connection = TestConnections.Create(transport);

        var empty = await Assert.ThrowsAsync<RunaiInvalidValueException>(() => connection.DataVolumes().IsNameAvailableAsync("", Cluster));
        Assert.Equal(InvalidValueKind.Name, empty.Kind);
        await Assert.ThrowsAsync<NotSupportedException>(() => connection.Projects().IsNameAvailableAsync("team-a", new ResourceQuery()));
        Assert.Empty(transport.Calls());
    }
}
