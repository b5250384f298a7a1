using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>
/// Forgets the current connection. Silent when not connected. The connection object is not disposed: a script may
/// still hold it (from Connect-Runai -PassThru or Get-RunaiContext) for -Connection.
/// </summary>
[Cmdlet(VerbsCommunications.Disconnect, "Runai")]
[OutputType(typeof(void))]
public sealed class DisconnectRunaiCommand : PSCmdlet
{
    protected override void EndProcessing()
    {
        var previous = RunaiSession.Replace(null);
        if (previous is null) return;
        WriteVerbose($"Disconnected from {previous.BaseUrl}.");
    }
}
