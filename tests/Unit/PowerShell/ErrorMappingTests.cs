using System.Management.Automation;
using System.Net;
using System.Reflection;
using Runai.Client;
using Runai.PowerShell;

namespace Runai.Tests.Unit.PowerShell;

public class ErrorMappingTests
{
    [Fact]
    public void Error_ids_are_unique()
    {
        var values = typeof(ErrorIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(values);
        Assert.Equal(values.Count, values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData(400, ErrorCategory.InvalidArgument, "ApiBadRequest")]
    [InlineData(422, ErrorCategory.InvalidArgument, "ApiBadRequest")]
    [InlineData(401, ErrorCategory.AuthenticationError, "ApiUnauthorized")]
    [InlineData(403, ErrorCategory.PermissionDenied, "ApiForbidden")]
    [InlineData(404, ErrorCategory.ObjectNotFound, "ApiNotFound")]
    [InlineData(409, ErrorCategory.ResourceExists, "ApiConflict")]
    [InlineData(429, ErrorCategory.ResourceUnavailable, "ApiUnavailable")]
    [InlineData(503, ErrorCategory.ResourceUnavailable, "ApiUnavailable")]
    public void Api_errors_get_a_category_by_status(int status, ErrorCategory category, string id)
    {
        var record = ErrorRecordFactory.Create(new RunaiApiException((HttpStatusCode)status, "GET", "/api/v1/x", status, "server says", null), "target");
        Assert.Equal(category, record.CategoryInfo.Category);
        Assert.Equal(id, record.FullyQualifiedErrorId);
        Assert.Equal("target", record.TargetObject);
        Assert.Contains("server says", record.ErrorDetails!.Message);
    }

    [Fact]
    public void Forbidden_recommends_checking_roles_and_scopes()
    {
        var record = ErrorRecordFactory.Create(new RunaiApiException(HttpStatusCode.Forbidden, "GET", "/x", 403, "denied", null), null);
        Assert.Contains("role", record.ErrorDetails!.RecommendedAction);
        Assert.Contains("scope", record.ErrorDetails!.RecommendedAction);
    }

    [Fact]
    public void Network_failures_are_timeouts_or_connection_errors()
    {
        Assert.Equal(ErrorCategory.OperationTimeout, ErrorRecordFactory.Create(new RunaiNetworkException("t", "GET", "/x", true), null).CategoryInfo.Category);
        Assert.Equal(ErrorCategory.ConnectionError, ErrorRecordFactory.Create(new RunaiNetworkException("c", "GET", "/x", false), null).CategoryInfo.Category);
        Assert.True(ErrorRecordFactory.IsFatal(new RunaiAuthenticationException("expired")));
        Assert.False(ErrorRecordFactory.IsFatal(new RunaiApiException(HttpStatusCode.NotFound, "GET", "/x", null, null, null)));
    }

    [Fact]
    public void Hashtables_and_json_text_become_json_and_bad_json_is_refused_before_sending()
    {
        var table = new System.Collections.Hashtable { ["name"] = "p", ["gpu"] = 2, ["tags"] = new object[] { "a", 1 }, ["inner"] = new System.Collections.Hashtable { ["x"] = true } };
        var node = PSObjectJson.FromBodyParameter(table)!;
        Assert.Equal("p", (string)node["name"]!);
        Assert.Equal(2, (long)node["gpu"]!);
        Assert.Equal("""["a",1]""", node["tags"]!.ToJsonString());
        Assert.True((bool)node["inner"]!["x"]!);

        Assert.Equal("""{"a":1}""", PSObjectJson.FromBodyParameter("""{"a":1}""")!.ToJsonString());
        Assert.Throws<ArgumentException>(() => PSObjectJson.FromBodyParameter("{oops"));
    }
}
