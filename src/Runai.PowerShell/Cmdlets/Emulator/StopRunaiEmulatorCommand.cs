using System.Management.Automation;
using Runai.Client.Emulator;

namespace Runai.PowerShell;

/// <summary>
/// Stops an emulator Start-RunaiEmulator started (by default the last one) with the processes it started, and forgets
/// the current connection when it points at it. Stopping an emulator that has ended, or when none was started, does
/// nothing.
/// </summary>
[Cmdlet(VerbsLifecycle.Stop, "RunaiEmulator", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class StopRunaiEmulatorCommand : PSCmdlet
{
    /// <summary>An emulator as Start-RunaiEmulator -PassThru returned it.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    public EmulatorProcess? InputObject { get; set; }

    private bool piped;

    protected override void ProcessRecord()
    {
        if (InputObject is null) return;
        piped = true;
        Stop(InputObject);
    }

    protected override void EndProcessing()
    {
        if (piped) return;
        if (EmulatorSession.Started is { } started) Stop(started);
    }

    private void Stop(EmulatorProcess emulator)
    {
        if (!ShouldProcess($"emulator {emulator.Url} (pid {emulator.ProcessId})", "Stop")) return;
        emulator.Stop();
        EmulatorSession.Forget(emulator);
        if (RunaiSession.Context is { } context && EmulatorSession.Root(context.BaseUrl) == EmulatorSession.Root(emulator.Url))
        {
            RunaiSession.Replace(null);
            WriteVerbose($"Disconnected from {context.BaseUrl}: its emulator was stopped.");
        }
    }
}
