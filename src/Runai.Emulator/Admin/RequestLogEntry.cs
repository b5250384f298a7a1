using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Runai.Emulator.Admin;

/// <summary>
/// One /api request as <c>GET /admin/requests</c> reports it. <see cref="Query"/> is the raw query string without
/// '?'; <see cref="Body"/> is the JSON body with secret-like fields replaced by "***"; <see cref="Status"/> is what
/// the client got (0 when the connection was aborted); <see cref="Violation"/> is the strict-mode rejection, if any;
/// <see cref="Fault"/> describes an injected fault, if any.
/// </summary>
public sealed record RequestLogEntry(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("hasBearer")] bool HasBearer,
    [property: JsonPropertyName("body")] JsonNode? Body,
    [property: JsonPropertyName("violation")] string? Violation,
    [property: JsonPropertyName("fault")] string? Fault);
