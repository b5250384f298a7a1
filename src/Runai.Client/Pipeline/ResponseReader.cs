using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Diagnostics;

namespace Runai.Client.Pipeline;

/// <summary>
/// The one place where an answer is judged and read: a status outside 2xx becomes a <see cref="RunaiApiException"/>;
/// a 2xx the contract does not document for the operation is accepted with a Debug line (the real service is the
/// authority); a body that is missing where one is needed, or is not the JSON expected, becomes a
/// <see cref="RunaiInvalidResponseException"/>.
/// </summary>
internal static class ResponseReader
{
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, string method, string path, IReadOnlyList<int>? documented = null)
    {
        if (!response.IsSuccessStatusCode) throw await ApiErrorReader.ReadAsync(response, method, path).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (documented is { Count: > 0 } && !documented.Contains(status))
        {
            RunaiLog.Current?.Debug($"{method} {path} answered {status}, which the contract does not document for this operation ({string.Join(", ", documented)}); accepted as success.");
        }
    }

    /// <summary>The body's bytes (empty when there is none).</summary>
    public static async Task<byte[]> ReadBytesAsync(HttpResponseMessage response) =>
        response.Content is null ? Array.Empty<byte>() : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);

    /// <summary>Parses a body that must be there; empty or unreadable bodies are <see cref="RunaiInvalidResponseException"/>s.</summary>
    public static T Parse<T>(HttpResponseMessage response, byte[] body, string method, string path, Func<byte[], T?> parse, string what)
        where T : class
    {
        var contentType = response.Content?.Headers.ContentType?.MediaType;
        if (body.Length == 0 || IsWhitespace(body))
            throw Invalid(response, method, path, contentType, $"no body where {what} was expected");
        try
        {
            return parse(body) ?? throw Invalid(response, method, path, contentType, $"null where {what} was expected");
        }
        catch (JsonException e)
        {
            throw NotWhatWasExpected(response, method, path, contentType, what, e);
        }
    }

    private static RunaiInvalidResponseException NotWhatWasExpected(HttpResponseMessage response, string method, string path,
        string? contentType, string what, JsonException e)
    {
        var problem = contentType is not null && !contentType.EndsWith("json", StringComparison.OrdinalIgnoreCase)
            ? $"content that is not JSON where {what} was expected"
            : $"JSON that is not {what} ({e.Message})";
        return Invalid(response, method, path, contentType, problem, e);
    }

    private static RunaiInvalidResponseException Invalid(HttpResponseMessage response, string method, string path, string? contentType,
        string problem, Exception? inner = null) =>
        new(response.StatusCode, method, path, contentType, problem, inner);

    /// <summary>
    /// As <see cref="Parse{T}"/>, reading the body from its stream as it arrives (list pages): the same errors for a
    /// missing body, content that is not JSON and JSON of the wrong shape, without a copy of the bytes.
    /// </summary>
    public static async Task<T> ParseAsync<T>(HttpResponseMessage response, string method, string path,
        Func<Stream, CancellationToken, ValueTask<T?>> parse, string what, CancellationToken cancellationToken)
        where T : class
    {
        var contentType = response.Content?.Headers.ContentType?.MediaType;
        if (response.Content is null)
            throw Invalid(response, method, path, contentType, $"no body where {what} was expected");
        using var body = new BodyStream(await response.Content.ReadAsStreamAsync().ConfigureAwait(false));
        try
        {
            return await parse(body, cancellationToken).ConfigureAwait(false)
                   ?? throw Invalid(response, method, path, contentType, $"null where {what} was expected");
        }
        catch (JsonException) when (!body.HadContent)
        {
            throw Invalid(response, method, path, contentType, $"no body where {what} was expected");
        }
        catch (JsonException e)
        {
            throw NotWhatWasExpected(response, method, path, contentType, what, e);
        }
    }

    public static bool IsEmpty(byte[] body) => body.Length == 0 || IsWhitespace(body);

    private static bool IsWhitespace(byte[] body)
    {
        foreach (var b in body)
        {
            if (!IsJsonWhitespace(b)) return false;
        }
        return true;
    }

    /// <summary>The four bytes JSON allows between tokens.</summary>
    public static bool IsJsonWhitespace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';
}
