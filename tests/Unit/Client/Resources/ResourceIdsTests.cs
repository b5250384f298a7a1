using Runai.Client;
using Runai.Client.Organization;
using Runai.Client.Resources;
using Runai.Client.Workloads;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client.Resources;

/// <summary>Ids are checked before they become a path segment: their documented form, never a literal route segment, never a path character.</summary>
public sealed class ResourceIdsTests
{
    private const string Uuid = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    [Theory]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("123456789012345678")]
    public void Numeric_org_unit_ids_pass(string id) =>
        Assert.Equal(id, ResourceIds.Check(ProjectResource.Descriptor, id));

    [Theory]
    [InlineData(Uuid)]
    [InlineData("3FA85F64-5717-4562-B3FC-2C963F66AFA6")]
    public void Uuids_pass_where_the_contract_says_uuid(string id) =>
        Assert.True(ResourceIds.IsValid(WorkloadResource.Descriptor, id));

    [Theory]
    [InlineData("pool-a")]
    [InlineData("pool one")]
    [InlineData("ünïcode")]
    [InlineData("a.b")]
    public void Opaque_ids_pass_with_any_harmless_character(string id) =>
        Assert.True(ResourceIds.IsValid(NodePoolResource.Descriptor, id));

    [Theory]
    [InlineData("count", "names another operation")]
    [InlineData("COUNT", "names another operation")]
    [InlineData("telemetry", "names another operation")]
    [InlineData("..", "cannot contain")]
    [InlineData("7/..", "cannot contain")]
    [InlineData("a/b", "cannot contain")]
    [InlineData("a\\b", "cannot contain")]
    [InlineData("%2F", "cannot contain")]
    [InlineData("7?x=1", "cannot contain")]
    [InlineData("7#x", "cannot contain")]
    [InlineData(" 7", "cannot contain")]
    [InlineData("7 ", "cannot contain")]
    [InlineData("7\n", "cannot contain")]
    [InlineData("7\u00008", "cannot contain")]
    [InlineData("7\u001b", "cannot contain")]
    [InlineData("", "is empty")]
    [InlineData("   ", "is empty")]
    [InlineData("-1", "whole numbers")]
    [InlineData("1.5", "whole numbers")]
    [InlineData("team-a", "whole numbers")]
    [InlineData("1234567890123456789", "whole numbers")]
    public void Project_ids_of_the_wrong_form_are_refused_with_the_value(string id, string reason)
    {
        var error = Assert.Throws<RunaiInvalidValueException>(() => ResourceIds.Check(ProjectResource.Descriptor, id));

        Assert.Equal(InvalidValueKind.Id, error.Kind);
        Assert.Equal(id, error.Value);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("project", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_id_is_refused()
    {
        var error = Assert.Throws<RunaiInvalidValueException>(() => ResourceIds.Check(ProjectResource.Descriptor, null));

        Assert.Equal(InvalidValueKind.Id, error.Kind);
        Assert.Null(error.Value);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("{3fa85f64-5717-4562-b3fc-2c963f66afa6}")]
    [InlineData("3fa85f6457174562b3fc2c963f66afa6")]
    [InlineData("count")]
    [InlineData("pods")]
    public void Workload_ids_that_are_not_uuids_are_refused(string id)
    {
        var error = Assert.Throws<RunaiInvalidValueException>(() => ResourceIds.Check(WorkloadResource.Descriptor, id));

        Assert.Equal(InvalidValueKind.Id, error.Kind);
        Assert.Equal(id, error.Value);
    }

    [Theory]
    [InlineData("count")]
    [InlineData("a/b")]
    [InlineData("%2e%2e")]
    [InlineData("..")]
    public void Opaque_ids_still_refuse_literal_segments_and_path_characters(string id) =>
        Assert.False(ResourceIds.IsValid(NodePoolResource.Descriptor, id));

    [Theory]
    [InlineData("pool one", "api/v1/node-pools/pool%20one")]
    [InlineData("ü", "api/v1/node-pools/%C3%BC")]
    [InlineData("a+b&c=d", "api/v1/node-pools/a%2Bb%26c%3Dd")]
    public void The_item_path_encodes_the_id(string id, string expected)
    {
        using var connection = TestConnections.Create(new ScriptedTransport((Func<HttpRequestMessage, string?, int, HttpResponseMessage>)((_, _, _) => throw new InvalidOperationException("no request expected"))));

        Assert.Equal(expected, connection.NodePools().ItemPath(id));
    }

    [Theory]
    [InlineData("count")]
    [InlineData("telemetry")]
    [InlineData("7/../count")]
    public async Task A_refused_id_sends_nothing(string id)
    {
        var transport = new ScriptedTransport((_, _, _) => ScriptedTransport.Json(System.Net.HttpStatusCode.OK, "{}"));
        using var connection = TestConnections.Create(transport);

        var error = await Assert.ThrowsAsync<RunaiInvalidValueException>(() => connection.Projects().GetAsync(id));

        Assert.Equal(id, error.Value);
        Assert.Equal(0, transport.Count);
    }
}
