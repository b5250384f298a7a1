using System.Management.Automation;
using Runai.Client.Emulator;

namespace Runai.PowerShell;

/// <summary>
/// Makes the emulator answer the next -Count matching requests with a fault: a status (with Retry-After), a delay, a
/// closed connection, a body of its own (an HTML page, truncated JSON, nothing) or an error quoting the request;
/// with -DropAfterApply the request is carried out first and only its answer is lost.
/// </summary>
[Cmdlet(VerbsCommon.Add, "RunaiEmulatorFault", SupportsShouldProcess = true)]
[OutputType(typeof(EmulatorFault))]
public sealed class AddRunaiEmulatorFaultCommand : EmulatorAdminCmdlet
{
    /// <summary>The path prefix to match, e.g. /api/v1/org-unit/projects.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidatePattern("^/")]
    public string Path { get; set; } = "";

    /// <summary>The HTTP method to match; any when omitted.</summary>
    [Parameter]
    [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")]
    public string? Method { get; set; }

    [Parameter]
    [ValidateRange(100, 599)]
    public int? Status { get; set; }

    [Parameter]
    [ValidateRange(1, 1000)]
    public int Count { get; set; } = 1;

    /// <summary>Seconds for a Retry-After header.</summary>
    [Parameter]
    [ValidateRange(0, 86400)]
    public int? RetryAfter { get; set; }

    /// <summary>Milliseconds to wait before answering.</summary>
    [Parameter]
    [Alias("DelayMs")]
    [ValidateRange(0, 600000)]
    public int Delay { get; set; }

    /// <summary>Abort the connection instead of answering.</summary>
    [Parameter]
    public SwitchParameter CloseConnection { get; set; }

    /// <summary>Let the request be carried out, then lose its answer (the fault's status, or a closed connection).</summary>
    [Parameter]
    [Alias("ApplyFirst")]
    public SwitchParameter DropAfterApply { get; set; }

    /// <summary>The answer's body as given, instead of the error JSON (needs -Status; '' for an empty body).</summary>
    [Parameter]
    [AllowEmptyString]
    public string? Body { get; set; }

    /// <summary>The Content-Type of -Body (text/plain by default), e.g. text/html or application/json.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ContentType { get; set; }

    /// <summary>Quote the request's headers and body in the error answer (needs -Status), as a careless proxy does.</summary>
    [Parameter]
    public SwitchParameter EchoRequest { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        using var admin = CreateAdminClient();
        var fault = new EmulatorFault
        {
            Path = Path,
            Method = Method?.ToUpperInvariant(),
            Status = Status,
            Count = Count,
            RetryAfterSeconds = RetryAfter,
            DelayMilliseconds = Delay,
            CloseConnection = CloseConnection,
            ApplyFirst = DropAfterApply,
            Body = Body,
            ContentType = ContentType,
            EchoRequest = EchoRequest,
        };
        var what = Status is { } status ? $"{status}" : CloseConnection ? "closed connection" : $"{Delay} ms delay";
        if (!ShouldProcess($"{Method ?? "any method"} {Path} on emulator {admin.BaseUrl}", $"Add fault ({what}, {Count}x)")) return;
        if (TryRun(ct => admin.AddFaultAsync(fault, ct), Path, out var stored) && PassThru) WriteObject(stored);
    }
}
