using System.Text.Json;
using Runai.Client.Emulator;

namespace Runai.PowerShell;

/// <summary>
/// One request the emulator logged, as Get-RunaiEmulatorRequest returns it: the body as PowerShell objects (secret-like
/// fields already masked by the emulator), so a test reads <c>$request.Body.name</c>.
/// </summary>
public sealed class RunaiEmulatorRequest
{
    internal RunaiEmulatorRequest(EmulatorRequest request)
    {
        Method = request.Method;
        Path = request.Path;
        Query = request.Query;
        Status = request.Status;
        HasBearer = request.HasBearer;
        BodyJson = request.Body;
        Violation = request.Violation;
        Fault = request.Fault;
        if (request.Body is { Length: > 0 } json)
        {
            using var document = JsonDocument.Parse(json);
            Body = PSObjectJson.ToPSObject(document.RootElement);
        }
    }

    public string Method { get; }
    public string Path { get; }
    /// <summary>The query string without '?', secret-like values masked.</summary>
    public string Query { get; }
    /// <summary>What the client got; 0 when the connection was aborted.</summary>
    public int Status { get; }
    public bool HasBearer { get; }
    /// <summary>The masked JSON body as objects; null when there was none.</summary>
    public object? Body { get; }
    /// <summary>The masked JSON body as text; null when there was none.</summary>
    public string? BodyJson { get; }
    /// <summary>Why strict mode refused the request, if it did.</summary>
    public string? Violation { get; }
    /// <summary>The injected fault that answered, if any.</summary>
    public string? Fault { get; }

    public override string ToString() => string.IsNullOrEmpty(Query) ? $"{Method} {Path} {Status}" : $"{Method} {Path}?{Query} {Status}";
}
