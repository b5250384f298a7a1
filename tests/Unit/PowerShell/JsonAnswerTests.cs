using System.Management.Automation;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Runai.PowerShell;

namespace Runai.Tests.Unit.PowerShell;

public class JsonAnswerTests
{
    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("application/json; charset=\"UTF-8\"", true)]
    [InlineData("application/problem+json", true)]
    [InlineData("application/json; charset=utf-16", false)]
    [InlineData("text/plain", false)]
    [InlineData("text/html; charset=utf-8", false)]
    public void Only_utf8_json_is_parsed_from_its_bytes(string contentType, bool expected) =>
        Assert.Equal(expected, JsonAnswer.IsUtf8Json(MediaTypeHeaderValue.Parse(contentType)));

    [Fact]
    public void A_missing_content_type_is_read_as_text() => Assert.False(JsonAnswer.IsUtf8Json(null));

    [Fact]
    public void Json_is_parsed_with_or_without_a_byte_order_mark()
    {
        var body = Encoding.UTF8.GetBytes("{\"name\":\"caf\u00e9\"}");
        foreach (var bytes in new[] { body, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(body).ToArray() })
        {
            using var document = Assert.IsType<JsonDocument>(JsonAnswer.ParseOrText(bytes));
            Assert.Equal("caf\u00e9", document.RootElement.GetProperty("name").GetString());
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("{\"cut\":")]
    public void What_is_not_json_comes_back_as_its_text(string text) =>
        Assert.Equal(text, Assert.IsType<string>(JsonAnswer.ParseOrText(Encoding.UTF8.GetBytes(text))));

    [Theory]
    [InlineData("{\"id\":\"7\"}", true)]
    [InlineData("[1,2]", true)]
    [InlineData("plain text", false)]
    [InlineData("  ", false)]
    public void Decoded_text_is_parsed_when_it_is_json(string text, bool isJson)
    {
        var answer = JsonAnswer.ParseOrText(text);
        if (isJson) Assert.IsType<JsonDocument>(answer).Dispose();
        else Assert.Equal(text, Assert.IsType<string>(answer));
    }

    [Fact]
    public void Nested_json_becomes_PSCustomObjects_with_its_values_typed()
    {
        using var document = JsonDocument.Parse("{\"id\":\"7\",\"gpu\":2,\"big\":5000000000,\"share\":0.5,\"on\":true,\"none\":null,\"status\":{\"phase\":\"Ready\"},\"tags\":[\"a\",1]}");
        var project = Assert.IsType<PSObject>(PSObjectJson.ToPSObject(document.RootElement));
        Assert.IsType<PSCustomObject>(project.BaseObject);
        Assert.Equal(new[] { "id", "gpu", "big", "share", "on", "none", "status", "tags" }, project.Properties.Select(p => p.Name));
        Assert.Equal("7", project.Properties["id"].Value);
        Assert.Equal(2, project.Properties["gpu"].Value);
        Assert.Equal(5000000000L, project.Properties["big"].Value);
        Assert.Equal(0.5, project.Properties["share"].Value);
        Assert.Equal(true, project.Properties["on"].Value);
        Assert.Null(project.Properties["none"].Value);
        Assert.Equal("Ready", ((PSObject)project.Properties["status"].Value).Properties["phase"].Value);
        Assert.Equal(new object[] { "a", 1 }, (object[])project.Properties["tags"].Value);
    }

    [Fact]
    public void A_repeated_name_keeps_the_last_value_once()
    {
        // PowerShell's member names ignore case, so names differing only in case are repeats too.
        using var document = JsonDocument.Parse("{\"name\":\"first\",\"Name\":\"second\",\"id\":\"1\",\"name\":\"last\"}");
        var answer = Assert.IsType<PSObject>(PSObjectJson.ToPSObject(document.RootElement));
        Assert.Equal(2, answer.Properties.Count());
        Assert.Equal("last", answer.Properties["NAME"].Value);
        Assert.Equal("1", answer.Properties["id"].Value);
    }
}
