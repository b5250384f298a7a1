using System.Net;

namespace Runai.Client;

/// <summary>
/// The control plane (or something in front of it) answered with a success status but a body this module cannot read:
/// none where the contract documents one, an HTML page, truncated JSON.
/// </summary>
public sealed class RunaiInvalidResponseException : RunaiException
{
    public RunaiInvalidResponseException(HttpStatusCode statusCode, string method, string path, string? contentType, string problem,
        System.Exception? innerException = null)
        : base($"{method} {path} answered {(int)statusCode} with {problem}" + (contentType is null ? "." : $" (content type {contentType})."), innerException)
    {
        StatusCode = statusCode;
        Method = method;
        Path = path;
        ContentType = contentType;
    }

    public HttpStatusCode StatusCode { get; }
    public string Method { get; }
    public string Path { get; }
    public string? ContentType { get; }
}
