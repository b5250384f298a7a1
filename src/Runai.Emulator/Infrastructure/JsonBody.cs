using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runai.Emulator.Infrastructure;

/// <summary>Reads request bodies as JSON trees (malformed JSON or a wrong field type answers 400), and the shared pieces of rendered bodies.</summary>
public static class JsonBody
{
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        var node = await ReadAsync(request);
        return node as JsonObject ?? throw ApiProblem.BadRequest("The request body must be a JSON object.");
    }

    public static async Task<JsonArray> ReadArrayAsync(HttpRequest request)
    {
        var node = await ReadAsync(request);
        return node as JsonArray ?? throw ApiProblem.BadRequest("The request body must be a JSON array.");
    }

    private static async Task<JsonNode?> ReadAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw ApiProblem.BadRequest($"The request body is not valid JSON: {e.Message}");
        }
    }

    public static string? GetString(this JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => throw ApiProblem.BadRequest($"'{name}' must be a string."),
    };

    public static bool? GetBool(this JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out bool b) => b,
        _ => throw ApiProblem.BadRequest($"'{name}' must be a boolean."),
    };

    public static double? GetNumber(this JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>(),
        _ => throw ApiProblem.BadRequest($"'{name}' must be a number."),
    };

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Optional fields that are unset are left out rather than sent as null, as not all of them are nullable.</summary>
    public static JsonObject WithoutNulls(this JsonObject json)
    {
        foreach (var key in json.Where(p => p.Value is null).Select(p => p.Key).ToList())
            json.Remove(key);
        foreach (var (_, value) in json)
        {
            if (value is JsonObject inner) inner.WithoutNulls();
            else if (value is JsonArray list) foreach (var item in list.OfType<JsonObject>()) item.WithoutNulls();
        }
        return json;
    }
}
