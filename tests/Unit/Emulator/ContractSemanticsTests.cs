namespace Runai.Tests.Unit.Emulator;

/// <summary>Strict-mode semantics on a synthetic contract, so they are tested even where the real one is absent.</summary>
public sealed class ContractSemanticsTests
{
    private const string ValidThing = """{"name":"t","spec":{"size":3,"kind":"small","mode":"a","labels":{"a":"b"}},"owner":{"email":"e@x"},"shape":{"radius":1}}""";

    [Fact]
    public void A_valid_body_passes_without_its_readOnly_required_fields()
    {
        var check = SyntheticContract.Check("POST", "/api/v1/things", ValidThing);

        Assert.True(check.IsValid, check.Message);
        Assert.Equal("create_thing", check.OperationId);
    }

    [Theory]
    [InlineData("""{"name":"t","spec":null}""")]
    [InlineData("""{"name":"t","spec":{"size":null,"mode":null}}""")]
    [InlineData("""{"name":"t","spec":{},"owner":null}""")]
    [InlineData("""{"name":"t","spec":{},"shape":{"side":2}}""")]
    [InlineData("""{"name":"t","spec":{},"unknownField":1}""")]
    public void Nullable_and_composed_schemas_accept_what_openapi_allows(string body)
    {
        var check = SyntheticContract.Check("POST", "/api/v1/things", body);

        Assert.True(check.IsValid, check.Message);
    }

    [Theory]
    [InlineData("""{"spec":{}}""", "body $: ", "\"name\"")]
    [InlineData("""{"name":5,"spec":{}}""", "body $.name: ", "\"string\"")]
    [InlineData("""{"name":"","spec":{}}""", "body $.name: ", "at least 1")]
    [InlineData("""{"name":"t"}""", "body $: ", "\"spec\"")]
    [InlineData("""{"name":"t","spec":{"size":"big"}}""", "body $.spec.size: ", "\"integer")]
    [InlineData("""{"name":"t","spec":{"size":2147483648}}""", "body $.spec.size: ", "2147483647")]
    [InlineData("""{"name":"t","spec":{"mode":"c"}}""", "body $.spec.mode: ", "[\"a\",\"b\",null]")]
    [InlineData("""{"name":"t","spec":{"kind":"medium"}}""", "body $.spec.kind: ", "[\"small\",\"large\"]")]
    [InlineData("""{"name":"t","spec":{"kind":null}}""", "body $.spec.kind: ", "[\"small\",\"large\"]")]
    [InlineData("""{"name":"t","spec":{"labels":{"a":1}}}""", "body $.spec.labels.a: ", "\"string\"")]
    [InlineData("""{"name":"t","spec":{"strict":{"y":"1"}}}""", "body $.spec.strict.y: ", "not allowed")]
    [InlineData("""{"name":"t","spec":{},"owner":{}}""", "body $.owner: ", "\"email\"")]
    [InlineData("""{"name":"t","spec":{},"shape":{"radius":1,"side":2}}""", "body $.shape", "")]
    [InlineData("""{"name":"t","spec":[]}""", "body $.spec: ", "\"array\"")]
    public void Body_violations_name_the_operation_and_the_json_path(string body, string where, string what)
    {
        var check = SyntheticContract.Check("POST", "/api/v1/things", body);

        Assert.Equal(400, check.Status);
        Assert.StartsWith("Request violates the Run:ai contract: create_thing: ", check.Message, StringComparison.Ordinal);
        Assert.Contains(check.Violations, v => v.StartsWith(where, StringComparison.Ordinal) && v.Contains(what, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "application/json", "body is required")]
    [InlineData("{\"name\":", "application/json", "not valid JSON")]
    [InlineData(ValidThing, "text/plain", "Content-Type must be application/json")]
    public void A_required_body_must_be_present_json_and_declared_as_json(string body, string contentType, string expected)
    {
        var check = SyntheticContract.Check("POST", "/api/v1/things", body, contentType);

        Assert.Equal(400, check.Status);
        Assert.Contains(expected, check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_without_a_request_body_refuses_one()
    {
        var check = SyntheticContract.Check("DELETE", "/api/v1/things/3", "{}");

        Assert.Equal(400, check.Status);
        Assert.Contains("delete_thing: body: this operation takes no request body", check.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/things?kind=small")]
    [InlineData("/api/v1/things?kind=large&limit=500&verbose=false&ratio=0.5")]
    [InlineData("/api/v1/things?kind=small&filterBy=name==a,phase!=Running")]
    public void Valid_query_parameters_pass(string pathAndQuery)
    {
        var check = SyntheticContract.Check("GET", pathAndQuery);

        Assert.True(check.IsValid, check.Message);
        Assert.Equal("list_things", check.OperationId);
    }

    [Theory]
    [InlineData("/api/v1/things", "query parameter 'kind' is required")]
    [InlineData("/api/v1/things?kind=medium", "query parameter 'kind': \"medium\" is not one of")]
    [InlineData("/api/v1/things?kind=small&limit=0", "query parameter 'limit': ")]
    [InlineData("/api/v1/things?kind=small&limit=501", "query parameter 'limit': ")]
    [InlineData("/api/v1/things?kind=small&limit=ten", "query parameter 'limit': 'ten' is not an integer")]
    [InlineData("/api/v1/things?kind=small&verbose=True", "query parameter 'verbose': 'True' is not a boolean")]
    [InlineData("/api/v1/things?kind=small&ratio=half", "query parameter 'ratio': 'half' is not a number")]
    [InlineData("/api/v1/things?kind=small&filterBy=name==a,size>3", "query parameter 'filterBy'[1]: does not match the pattern")]
    [InlineData("/api/v1/things?kind=small&limit=1&limit=2", "query parameter 'limit': given 2 times")]
    [InlineData("/api/v1/things?kind=small&sortby=name", "query parameter 'sortby' is not defined")]
    public void Query_violations_name_the_parameter(string pathAndQuery, string expected)
    {
        var check = SyntheticContract.Check("GET", pathAndQuery);

        Assert.Equal(400, check.Status);
        Assert.Contains("list_things: ", check.Message, StringComparison.Ordinal);
        Assert.Contains(expected, check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_level_parameters_are_typed()
    {
        Assert.True(SyntheticContract.Check("GET", "/api/v1/things/12").IsValid);

        var check = SyntheticContract.Check("GET", "/api/v1/things/abc");

        Assert.Equal(400, check.Status);
        Assert.Contains("get_thing: path parameter 'thingId': 'abc' is not an integer", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_literal_segment_wins_over_a_parameter_but_only_for_its_own_methods()
    {
        Assert.Equal("count_things", SyntheticContract.Check("GET", "/api/v1/things/count").OperationId);
        Assert.Equal("delete_thing", SyntheticContract.Check("DELETE", "/api/v1/things/count").OperationId);
    }

    [Fact]
    public void Unknown_paths_get_404_and_undefined_methods_405()
    {
        var unknown = SyntheticContract.Check("GET", "/api/v1/widgets");
        var wrongMethod = SyntheticContract.Check("PUT", "/api/v1/things");

        Assert.Equal(404, unknown.Status);
        Assert.Equal("Request violates the Run:ai contract: no operation matches GET /api/v1/widgets.", unknown.Message);
        Assert.Equal(405, wrongMethod.Status);
        Assert.Equal("GET, POST", wrongMethod.Allow);
        Assert.Contains("PUT is not defined for /api/v1/things", wrongMethod.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_three_violations_are_spelled_out()
    {
        var check = SyntheticContract.Check("GET", "/api/v1/things?limit=0&verbose=1&ratio=x&a=1&b=2");

        Assert.Equal(6, check.Violations.Count);
        Assert.EndsWith("(and 3 more)", check.Message, StringComparison.Ordinal);
    }
}
