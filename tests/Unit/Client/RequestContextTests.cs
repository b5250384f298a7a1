using System.Net;
using Runai.Client.Pipeline;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client;

public class RequestContextTests
{
    private static async Task<HttpRequestMessage> SendThrough(string? suffix, Action<HttpRequestMessage>? prepare = null)
    {
        HttpRequestMessage? seen = null;
        var transport = new ScriptedTransport((request, _, _) =>
        {
            seen = request;
            return ScriptedTransport.Json(HttpStatusCode.OK, "{}");
        });
        using var invoker = new HttpMessageInvoker(new RequestContextHandler(suffix) { InnerHandler = transport });
        var request = new HttpRequestMessage(HttpMethod.Get, "https://acme.run.ai/api/v1/clusters");
        prepare?.Invoke(request);
        using var response = await invoker.SendAsync(request, CancellationToken.None);
        return seen!;
    }

    [Fact]
    public async Task The_user_agent_names_the_module_its_version_and_the_suffix()
    {
        var request = await SendThrough("PowerShell 7.6.9");
        var userAgent = string.Join(" ", request.Headers.GetValues("User-Agent"));
        Assert.Matches(@"^Runai-PowerShell/\d+\.\d+\.\d+ \(PowerShell 7\.6\.9\)$", userAgent);
        // What a server or proxy parses: the product and the comment.
        Assert.Equal("Runai-PowerShell", request.Headers.UserAgent.First().Product!.Name);
        Assert.Equal("(PowerShell 7.6.9)", request.Headers.UserAgent.Last().Comment);
    }

    [Fact]
    public async Task A_user_agent_the_caller_set_is_replaced()
    {
        var request = await SendThrough(null, r => r.Headers.TryAddWithoutValidation("User-Agent", "curl/8.0"));
        Assert.Matches(@"^Runai-PowerShell/\d+\.\d+\.\d+$", Assert.Single(request.Headers.GetValues("User-Agent")));
    }

    [Theory]
    [InlineData("unbalanced (")]
    [InlineData("line\nbreak")]
    public void A_suffix_that_is_no_valid_comment_is_left_out(string suffix) =>
        Assert.Equal("Runai-PowerShell/1.2.3", RequestContextHandler.UserAgentOf("1.2.3", suffix));

    [Fact]
    public async Task Each_call_gets_a_request_id_and_a_given_one_is_kept()
    {
        var first = (await SendThrough(null)).Headers.GetValues(RequestContextHandler.RequestIdHeader).Single();
        var second = (await SendThrough(null)).Headers.GetValues(RequestContextHandler.RequestIdHeader).Single();
        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.NotEqual(first, second);

        var given = await SendThrough(null, r => r.Headers.Add(RequestContextHandler.RequestIdHeader, "support-case-42"));
        Assert.Equal("support-case-42", given.Headers.GetValues(RequestContextHandler.RequestIdHeader).Single());
    }
}
