using System.Text.Json.Nodes;

namespace Runai.Emulator.Infrastructure;

/// <summary>
/// The one way the emulator refuses a request: stores, rules, handlers and middleware throw or write it, and the
/// client sees the contract's <c>Error</c> body <c>{ code, message, details? }</c> with the same status.
/// </summary>
public sealed class ApiProblem(int status, string message, string? details = null) : Exception(message)
{
    public int Status { get; } = status;
    public string? Details { get; } = details;

    public static ApiProblem BadRequest(string message, string? details = null) => new(400, message, details);
    public static ApiProblem Unauthorized(string message) => new(401, message);
    public static ApiProblem NotFound(string message) => new(404, message);
    public static ApiProblem Conflict(string message) => new(409, message);

    /// <summary>Answers the request with this problem; for middleware that runs before or around the endpoints.</summary>
    public Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        var body = new JsonObject { ["code"] = Status, ["message"] = Message };
        if (Details is not null) body["details"] = Details;
        return context.Response.WriteAsJsonAsync(body, context.RequestAborted);
    }
}
