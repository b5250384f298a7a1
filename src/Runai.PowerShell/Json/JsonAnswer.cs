using System;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Runai.PowerShell;

/// <summary>An untyped answer (Invoke-RunaiApi's): parsed from its UTF-8 bytes when it is JSON, else kept as text.</summary>
internal static class JsonAnswer
{
    private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

    /// <summary>Whether the content is JSON in UTF-8 (no charset means UTF-8 for JSON), so its bytes can be parsed as they are.</summary>
    public static bool IsUtf8Json(MediaTypeHeaderValue? type) =>
        type?.MediaType is { } media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        && (type.CharSet is null || type.CharSet.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The answer as a <see cref="JsonDocument"/> (the caller disposes it), or as its text when it is not JSON.</summary>
    public static object ParseOrText(byte[] bytes)
    {
        var json = bytes.AsMemory();
        if (json.Span.StartsWith(Utf8Bom)) json = json.Slice(Utf8Bom.Length);
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return Encoding.UTF8.GetString(bytes, bytes.Length - json.Length, json.Length);
        }
    }

    /// <summary>As <see cref="ParseOrText(byte[])"/>, for an answer already decoded by its charset.</summary>
    public static object ParseOrText(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
