using System.Net;
using Microsoft.Extensions.Time.Testing;
using Runai.Client;
using Runai.Client.Diagnostics;
using Runai.Client.Json;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client;

public class RedactionTests
{
    [Fact]
    public void Secret_named_fields_are_masked_at_any_depth()
    {
        var safe = Redactor.Body("""{"name":"x","clientSecret":"s1","nested":{"password":"p1","list":[{"accessToken":"t1","apiKey":"k1"}]},"note":"keep"}""");
        foreach (var secret in new[] { "s1", "p1", "t1", "k1" }) Assert.DoesNotContain($"\"{secret}\"", safe);
        Assert.Contains("\"keep\"", safe);
        Assert.Contains("\"name\":\"x\"", safe);
    }

    [Fact]
    public void Values_of_secret_named_pairs_are_masked_but_other_pairs_kept()
    {
        var safe = Redactor.Body("""{"spec":{"environmentVariables":[{"name":"DB_PASSWORD","value":"hunter2"},{"name":"AWS_SECRET_ACCESS_KEY","value":"aws1"},{"name":"EPOCHS","value":"10"}]}}""");
        Assert.DoesNotContain("hunter2", safe);
        Assert.DoesNotContain("aws1", safe);
        Assert.Contains("\"DB_PASSWORD\"", safe);
        Assert.Contains("\"value\":\"10\"", safe);
    }

    [Fact]
    public void Values_of_key_value_pairs_are_masked_whatever_the_key()
    {
        // A generic secret credential's keyValuePairs: the key is a name the user chose, the value always a secret.
        var safe = Redactor.Body("""{"spec":{"keyValuePairs":[{"key":"HF_TOKEN","value":"hf_abc"},{"key":"region","value":"eu-1"}]}}""");
        Assert.DoesNotContain("hf_abc", safe);
        Assert.DoesNotContain("eu-1", safe);
    }

    [Fact]
    public void Long_bodies_are_cut_and_non_json_is_not_echoed()
    {
        Assert.Contains("more characters", Redactor.Body("\"" + new string('a', 10_000) + "\""));
        Assert.Equal("(non-JSON content, 16 characters)", Redactor.Body("password=hunter2"));
    }

    [Fact]
    public void Query_values_are_shown_only_for_allow_listed_names()
    {
        var text = Redactor.PathAndQuery(new Uri("https://x/api/v1/things?limit=5&filterBy=name%3D%3Da&token=abc&whatever=zzz"));
        Assert.Equal("/api/v1/things?limit=5&filterBy=name%3D%3Da&token=***&whatever=***", text);
    }

    [Fact]
    public async Task Verbose_and_debug_output_never_show_the_secret_or_tokens()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var jwt = TestJwt.Create(time.GetUtcNow(), TimeSpan.FromHours(1));
        var transport = new ScriptedTransport((request, _, _) => request.RequestUri!.AbsolutePath == "/api/v1/token"
            ? ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(jwt))
            : ScriptedTransport.Json(HttpStatusCode.OK, """{"password":"from-server"}"""));
        using var connection = TestConnections.Create(transport, time: time);
        var sink = new ListLogSink(debug: true);

        using (RunaiLog.Use(sink))
        {
            await connection.AuthenticateAsync();
            await connection.SendAsync(HttpMethod.Post, "api/v1/things", RunaiConnection.JsonContent("""{"name":"n","password":"hunter2"}"""), CoreJsonContext.Default.JsonElement);
        }

        var log = sink.All;
        Assert.Contains("request body", log);            // Debug really ran
        Assert.DoesNotContain("s3cr3t-value", log);
        Assert.DoesNotContain(jwt, log);
        Assert.DoesNotContain("hunter2", log);
        Assert.DoesNotContain("from-server", log);
    }

    [Fact]
    public async Task Errors_show_the_path_but_not_query_values()
    {
        var transport = new ScriptedTransport((request, _, _) => request.RequestUri!.AbsolutePath == "/api/v1/token"
            ? ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(DateTimeOffset.Parse("2026-01-01T00:00:00Z"), TimeSpan.FromHours(1))))
            : ScriptedTransport.Error(HttpStatusCode.NotFound, "no such thing"));
        using var connection = TestConnections.Create(transport);

        var error = await Assert.ThrowsAsync<RunaiApiException>(() => connection.GetAsync("api/v1/things?search=top-secret-query", CoreJsonContext.Default.JsonElement));
        Assert.Equal("/api/v1/things", error.Path);
        Assert.Equal("no such thing", error.ApiMessage);
        Assert.Equal(404, error.Code);
        Assert.DoesNotContain("top-secret-query", error.ToString());
    }
}
