using System;
using System.Net;

namespace Runai.Client;

/// <summary>
/// The control plane answered with a status the operation does not document as success.
/// Carries the contract's error body (<c>code</c>, <c>message</c>, <c>details</c>) and the request's method and path
/// (never its query values or body, which may hold secrets).
/// </summary>
public sealed class RunaiApiException : RunaiException
{
    public RunaiApiException(HttpStatusCode statusCode, string method, string path, int? code, string? apiMessage, string? details,
        TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(Describe(statusCode, method, path, apiMessage), innerException)
    {
        StatusCode = statusCode;
        Method = method;
        Path = path;
        Code = code;
        ApiMessage = apiMessage;
        Details = details;
        RetryAfter = retryAfter;
    }

    public HttpStatusCode StatusCode { get; }
    public string Method { get; }
    public string Path { get; }
    /// <summary>The error body's <c>code</c>.</summary>
    public int? Code { get; }
    /// <summary>The error body's <c>message</c>.</summary>
    public string? ApiMessage { get; }
    /// <summary>The error body's <c>details</c>.</summary>
    public string? Details { get; }
    public TimeSpan? RetryAfter { get; }

    private static string Describe(HttpStatusCode status, string method, string path, string? apiMessage) =>
        $"{method} {path} failed with {(int)status} {status}" + (string.IsNullOrWhiteSpace(apiMessage) ? "." : $": {apiMessage}");
}
