using System.Text;
using System.Text.Json;
using Runai.Client.Organization;
using Runai.Client.Resources;

namespace Runai.Tests.Unit.Client.Resources;

/// <summary>The items of a list answer are read straight from its bytes: from the envelope wherever it is, or from a bare array.</summary>
public sealed class PageReaderTests
{
    private static List<NodePool>? Read(string json, string? envelope = "nodepools") =>
        PageReader.Read(Encoding.UTF8.GetBytes(json), envelope, OrganizationJsonContext.Default.ListNodePool);

    [Fact]
    public void The_envelope_is_found_after_other_properties_including_nested_ones_of_the_same_name()
    {
        var items = Read("""{"next":2,"meta":{"nodepools":"not this","deep":[{"nodepools":[]}]},"total":null,"nodepools":[{"id":"1","name":"a"},{"id":"2","name":"b"}],"after":true}""");

        Assert.Equal(new[] { "a", "b" }, items!.Select(p => p.Name));
    }

    [Fact]
    public void A_bare_array_is_read_when_there_is_no_envelope()
    {
        var items = Read("""[{"id":"1","name":"a"}]""", envelope: null);

        Assert.Equal("a", Assert.Single(items!).Name);
    }

    [Fact]
    public void A_null_array_is_an_empty_page() => Assert.Empty(Read("""{"nodepools":null}""")!);

    [Fact]
    public void An_empty_array_is_an_empty_page() => Assert.Empty(Read("""{"nodepools":[]}""")!);

    [Fact]
    public void A_missing_envelope_is_a_json_error_naming_it()
    {
        var error = Assert.Throws<JsonException>(() => Read("""{"next":1,"items":[{"id":"1","name":"a"}]}"""));

        Assert.Contains("'nodepools'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"id":"1","name":"a"}]""")]
    [InlineData("\"nodepools\"")]
    [InlineData("null")]
    public void An_answer_that_is_not_an_object_is_a_json_error_when_an_envelope_is_expected(string json) =>
        Assert.Throws<JsonException>(() => Read(json));

    [Fact]
    public void An_object_where_a_bare_array_is_expected_is_a_json_error() =>
        Assert.Throws<JsonException>(() => Read("""{"nodepools":[]}""", envelope: null));

    [Fact]
    public void The_envelope_name_is_matched_exactly() =>
        Assert.Throws<JsonException>(() => Read("""{"NodePools":[{"id":"1","name":"a"}]}"""));
}
