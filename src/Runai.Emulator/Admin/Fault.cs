using System.Text.Json.Serialization;

namespace Runai.Emulator.Admin;

/// <summary>
/// A fault registered through <c>POST /admin/faults</c>: the next <see cref="Count"/> /api requests whose method
/// matches (null = any) and whose path starts with <see cref="Path"/> get it.
/// </summary>
public sealed class Fault
{
    [JsonPropertyName("id")] public int Id { get; set; }
    [JsonPropertyName("method")] public string? Method { get; set; }
    [JsonPropertyName("path")] public string Path { get; set; } = "";
    /// <summary>Status to answer; null with no <see cref="CloseConnection"/> makes a delay-only fault.</summary>
    [JsonPropertyName("status")] public int? Status { get; set; }
    [JsonPropertyName("retryAfter")] public int? RetryAfter { get; set; }
    [JsonPropertyName("delayMs")] public int DelayMs { get; set; }
    [JsonPropertyName("closeConnection")] public bool CloseConnection { get; set; }
    /// <summary>Run the real handler first (its state changes stick), then answer the fault instead of its response.</summary>
    [JsonPropertyName("applyFirst")] public bool ApplyFirst { get; set; }
    /// <summary>
    /// The answer's body as given, instead of the ApiProblem JSON: an HTML page, truncated JSON, or "" for an empty
    /// body. What a proxy or a broken gateway answers, on any status (200 included).
    /// </summary>
    [JsonPropertyName("body")] public string? Body { get; set; }
    /// <summary>The Content-Type of <see cref="Body"/>; text/plain when not given.</summary>
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    /// <summary>Quote the request's headers and body in the error message, as a careless server or proxy does.</summary>
    [JsonPropertyName("echoRequest")] public bool EchoRequest { get; set; }
    /// <summary>Requests still to be hit.</summary>
    [JsonPropertyName("count")] public int Count { get; set; } = 1;

    public string? Validate()
    {
        if (string.IsNullOrEmpty(Path) || !Path.StartsWith('/')) return "path is required and must start with '/'.";
        if (Status is < 100 or > 599) return "status must be from 100 to 599.";
        if (Count < 1) return "count must be at least 1.";
        if (DelayMs < 0) return "delayMs must not be negative.";
        if (RetryAfter < 0) return "retryAfter must not be negative.";
        if (Status is null && !CloseConnection && DelayMs == 0) return "a fault needs status, closeConnection or delayMs.";
        if ((Body is not null || ContentType is not null || EchoRequest) && Status is null) return "body, contentType and echoRequest need a status.";
        if (Body is not null && EchoRequest) return "body and echoRequest cannot be combined: the echo is written into the error's JSON.";
        if (ContentType is not null && Body is null) return "contentType needs a body.";
        return null;
    }

    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && path.StartsWith(Path, StringComparison.Ordinal);

    /// <summary>How the request log describes what the client got.</summary>
    public string Describe()
    {
        var outcome = CloseConnection ? "closeConnection" : Status is { } status ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"delay {DelayMs}ms";
        if (!CloseConnection && Body is not null) outcome += Body.Length == 0 ? " empty body" : $" {ContentType ?? "text/plain"} body";
        if (!CloseConnection && EchoRequest) outcome += " echoing the request";
        return ApplyFirst && (CloseConnection || Status is not null) ? outcome + " after applying" : outcome;
    }
}
