using System.Text;
using System.Text.Json;
using Runai.Client.Access;
using Runai.Client.Organization;
using Runai.Client.Resources;

namespace Runai.Tests.Unit.Client.Resources;

/// <summary>
/// The items of a list answer are read from its stream as it arrives: from the envelope wherever it is, or from a bare
/// array, however the bytes are split into reads.
/// </summary>
public sealed class PageReaderTests
{
    private static async Task<List<NodePool>?> Read(string json, string? envelope = "nodepools", int chunk = int.MaxValue) =>
        await PageReader.ReadAsync(new ChunkedStream(Encoding.UTF8.GetBytes(json), chunk), envelope, OrganizationJsonContext.Default.ListNodePool, default);

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1)]
    [InlineData(7)]
    public async Task The_envelope_is_found_after_other_properties_including_nested_ones_of_the_same_name(int chunk)
    {
        var items = await Read("""{"next":2,"meta":{"nodepools":"not this","deep":[{"nodepools":[]}]},"total":null,"nodepools":[{"id":"1","name":"a"},{"id":"2","name":"b"}],"after":true}""", chunk: chunk);

        Assert.Equal(new[] { "a", "b" }, items!.Select(p => p.Name));
    }

    [Fact]
    public async Task A_page_larger_than_any_read_buffer_arrives_whole_in_small_reads()
    {
        var pools = Enumerable.Range(0, 2000).Select(i => $$"""{"id":"{{i}}","name":"pool-{{i}}","labelKey":"{{new string('k', 40)}}"}""");

        var items = await Read("""{"nodepools":[""" + string.Join(",", pools) + "]}", chunk: 1000);

        Assert.Equal(2000, items!.Count);
        Assert.Equal("pool-1999", items[^1].Name);
    }

    [Fact]
    public async Task A_bare_array_is_read_when_there_is_no_envelope()
    {
        var items = await Read("""[{"id":"1","name":"a"}]""", envelope: null);

        Assert.Equal("a", Assert.Single(items!).Name);
    }

    [Fact]
    public async Task A_dotted_envelope_names_the_array_inside_nested_objects()
    {
        var rules = await PageReader.ReadAsync(new ChunkedStream(Encoding.UTF8.GetBytes(
                """{"other":{"accessRules":[]},"accessRules":{"next":1,"accessRules":[{"id":7,"subjectId":"a@b.c","subjectType":"user","roleId":1,"scopeId":"1","scopeType":"tenant"}]}}"""), 5),
            "accessRules.accessRules", AccessJsonContext.Default.ListAccessRule, default);

        Assert.Equal("a@b.c", Assert.Single(rules!).SubjectId);
    }

    [Theory]
    [InlineData("""{"accessRules":{"next":1}}""")]
    [InlineData("""{"accessRules":[]}""")]
    public async Task A_dotted_envelope_that_stops_short_is_a_json_error(string json) =>
        await Assert.ThrowsAsync<JsonException>(() => PageReader.ReadAsync(new ChunkedStream(Encoding.UTF8.GetBytes(json), 3),
            "accessRules.accessRules", AccessJsonContext.Default.ListAccessRule, default).AsTask());

    [Fact]
    public async Task A_null_array_is_an_empty_page() => Assert.Empty((await Read("""{"nodepools":null}"""))!);

    [Fact]
    public async Task An_empty_array_is_an_empty_page() => Assert.Empty((await Read("""{"nodepools":[]}"""))!);

    [Fact]
    public async Task A_missing_envelope_is_a_json_error_naming_it()
    {
        var error = await Assert.ThrowsAsync<JsonException>(() => Read("""{"next":1,"items":[{"id":"1","name":"a"}]}"""));

        Assert.Contains("'nodepools'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"id":"1","name":"a"}]""")]
    [InlineData("\"nodepools\"")]
    [InlineData("null")]
    public async Task An_answer_that_is_not_an_object_is_a_json_error_when_an_envelope_is_expected(string json) =>
        await Assert.ThrowsAsync<JsonException>(() => Read(json));

    [Fact]
    public async Task An_object_where_a_bare_array_is_expected_is_a_json_error() =>
        await Assert.ThrowsAsync<JsonException>(() => Read("""{"nodepools":[]}""", envelope: null));

    [Fact]
    public async Task The_envelope_name_is_matched_exactly() =>
        await Assert.ThrowsAsync<JsonException>(() => Read("""{"NodePools":[{"id":"1","name":"a"}]}"""));

    /// <summary>A body that arrives at most <c>chunk</c> bytes per read, as a network stream may deliver it.</summary>
    private sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
