using System.Net;
using Runai.Client.Diagnostics;
using Runai.Client.Json;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client;

/// <summary>Which per-request lines the client writes, by what the sink says anybody will read.</summary>
public class RequestLogLinesTests
{
    private static async Task<ListLogSink> CallOnceAsync(bool verbose, bool debug)
    {
        var transport = new ScriptedTransport((request, _, _) => request.RequestUri!.AbsolutePath == "/api/v1/token"
            ? ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(DateTimeOffset.UtcNow, TimeSpan.FromHours(1))))
            : ScriptedTransport.Json(HttpStatusCode.OK, """{"name":"n"}"""));
        using var connection = TestConnections.Create(transport);
        await connection.AuthenticateAsync();
        var sink = new ListLogSink(debug: debug, verbose: verbose);
        using (RunaiLog.Use(sink))
        {
            await connection.GetAsync("api/v1/things", CoreJsonContext.Default.JsonElement);
        }
        return sink;
    }

    [Fact]
    public async Task A_sink_that_wants_neither_verbose_nor_debug_gets_no_request_lines()
    {
        var sink = await CallOnceAsync(verbose: false, debug: false);
        Assert.Empty(sink.Lines);
    }

    [Fact]
    public async Task A_verbose_sink_gets_one_line_per_request_and_no_bodies()
    {
        var sink = await CallOnceAsync(verbose: true, debug: false);
        var line = Assert.Single(sink.Lines);
        Assert.StartsWith("VERBOSE: GET /api/v1/things -> 200 OK", line);
    }

    [Fact]
    public async Task A_debug_sink_gets_the_request_line_and_the_answer_body_even_without_verbose()
    {
        var sink = await CallOnceAsync(verbose: false, debug: true);
        Assert.Contains(sink.Lines, l => l.StartsWith("VERBOSE: GET /api/v1/things -> 200", StringComparison.Ordinal));
        Assert.Contains(sink.Lines, l => l.StartsWith("DEBUG: GET /api/v1/things response body:", StringComparison.Ordinal));
    }
}
