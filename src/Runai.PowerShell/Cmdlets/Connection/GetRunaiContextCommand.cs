using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>
/// Returns the current connection (or -Connection), the object other cmdlets take as -Connection: URL, cluster, kind of
/// authentication, token expiry, never a secret. Returns nothing, and writes no error, when not connected, as
/// Get-AzContext and Get-MgContext do.
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunaiContext")]
[OutputType(typeof(RunaiContext))]
public sealed class GetRunaiContextCommand : RunaiCmdlet
{
    protected override void EndProcessing()
    {
        if (SelectedContext is { } context) WriteObject(context);
    }
}
