namespace Runai.Emulator.Infrastructure;

/// <summary>Error responses in the contract's <c>Error</c> shape: <c>{ code, message, details? }</c>.</summary>
public static class ApiError
{
    public static IResult Of(int status, string message, string? details = null) =>
        Results.Json(new ErrorBody(status, message, details), statusCode: status);

    public static IResult BadRequest(string message, string? details = null) => Of(400, message, details);
    public static IResult Unauthorized(string message) => Of(401, message);
    public static IResult Forbidden(string message) => Of(403, message);
    public static IResult NotFound(string message) => Of(404, message);
    public static IResult Conflict(string message) => Of(409, message);

    /// <summary>Writes the error directly; for middleware that runs before endpoint routing.</summary>
    public static Task WriteAsync(HttpContext context, int status, string message, string? details = null)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorBody(status, message, details));
    }

    public sealed record ErrorBody(
        [property: System.Text.Json.Serialization.JsonPropertyName("code")] int Code,
        [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message,
        [property: System.Text.Json.Serialization.JsonPropertyName("details"),
                   System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Details);
}
