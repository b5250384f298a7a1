using System.Text.Json.Nodes;

namespace Runai.Tests.Unit.Emulator;

/// <summary>
/// Response semantics of <see cref="Runai.Emulator.Contract.OpenApiContract.CheckResponse"/> and CheckSchema on the
/// synthetic contract: readOnly and writeOnly swap roles, formats are checked, undocumented answers are violations.
/// </summary>
public sealed class ContractResponseTests
{
    private const string ThingPath = "/api/v1/things/{thingId}";

    [Fact]
    public void An_answer_needs_its_readOnly_required_fields_but_not_its_writeOnly_ones()
    {
        var complete = JsonNode.Parse("""{"id":"7","name":"t","createdAt":"2024-05-01T12:00:00Z"}""");
        var withoutReadOnly = JsonNode.Parse("""{"name":"t","passphrase":"p"}""");

        Assert.Empty(SyntheticContract.Contract.CheckResponse("GET", ThingPath, 200, complete));
        var violation = Assert.Single(SyntheticContract.Contract.CheckResponse("get", ThingPath, 200, withoutReadOnly));
        Assert.StartsWith("response $: ", violation, StringComparison.Ordinal);
        Assert.Contains("\"id\"", violation, StringComparison.Ordinal);
        Assert.Contains("\"createdAt\"", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_check_of_the_same_schema_keeps_strict_mode_semantics()
    {
        var violation = Assert.Single(SyntheticContract.Contract.CheckSchema("Thing", JsonNode.Parse("""{"name":"t"}"""), asResponse: false));

        Assert.StartsWith("Thing $: ", violation, StringComparison.Ordinal);
        Assert.Contains("\"passphrase\"", violation, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\"", violation, StringComparison.Ordinal);
        Assert.Empty(SyntheticContract.Contract.CheckSchema("Thing", JsonNode.Parse("""{"name":"t","passphrase":"p","createdAt":"yesterday"}"""), asResponse: false));
    }

    [Fact]
    public void An_answer_with_a_bad_date_time_or_type_is_reported_with_its_json_path()
    {
        var answer = JsonNode.Parse("""{"id":"7","name":5,"createdAt":"yesterday"}""");

        var violations = SyntheticContract.Contract.CheckSchema("Thing", answer, asResponse: true);

        Assert.Contains(violations, v => v.StartsWith("Thing $.createdAt: ", StringComparison.Ordinal) && v.Contains("date-time", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Thing $.name: ", StringComparison.Ordinal) && v.Contains("\"string\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_referenced_response_is_followed()
    {
        Assert.Empty(SyntheticContract.Contract.CheckResponse("GET", ThingPath, 404, JsonNode.Parse("""{"email":"e@x"}""")));
        Assert.Contains("\"email\"", Assert.Single(SyntheticContract.Contract.CheckResponse("GET", ThingPath, 404, new JsonObject())), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", ThingPath, 500, "get_thing does not document status 500")]
    [InlineData("PUT", ThingPath, 200, "no operation PUT /api/v1/things/{thingId}")]
    [InlineData("GET", "/api/v1/things/3", 200, "no operation GET /api/v1/things/3")]
    [InlineData("DELETE", ThingPath, 202, "delete_thing documents no JSON body for status 202")]
    public void Undocumented_answers_are_violations(string method, string path, int status, string expected)
    {
        var violation = Assert.Single(SyntheticContract.Contract.CheckResponse(method, path, status, new JsonObject()));

        Assert.Contains(expected, violation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_without_a_body_matches_an_operation_that_documents_none()
    {
        Assert.Empty(SyntheticContract.Contract.CheckResponse("DELETE", ThingPath, 202, null));
    }

    [Fact]
    public void An_unknown_schema_name_is_a_mistake_of_the_caller()
    {
        Assert.Throws<ArgumentException>(() => SyntheticContract.Contract.CheckSchema("NoSuchThing", new JsonObject(), asResponse: true));
    }
}
