using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>The emulator's request log, oldest first, optionally narrowed by method and a wildcard on the path.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiEmulatorRequest")]
[OutputType(typeof(RunaiEmulatorRequest))]
public sealed class GetRunaiEmulatorRequestCommand : EmulatorAdminCmdlet
{
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Method { get; set; }

    /// <summary>A wildcard pattern on the path, e.g. /api/v1/workloads/*.</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    protected override void EndProcessing()
    {
        using var admin = CreateAdminClient();
        if (!TryRun(ct => admin.GetRequestsAsync(ct), admin.BaseUrl, out var log)) return;
        var pattern = Path is null ? null : WildcardPattern.Get(Path, WildcardOptions.IgnoreCase);
        foreach (var request in log)
        {
            if (Method is not null && !string.Equals(request.Method, Method, System.StringComparison.OrdinalIgnoreCase)) continue;
            if (pattern is not null && !pattern.IsMatch(request.Path)) continue;
            WriteObject(new RunaiEmulatorRequest(request));
        }
    }
}
