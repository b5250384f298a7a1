using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>Returns the emulator to its seeded state: no faults, an empty request log.</summary>
[Cmdlet(VerbsCommon.Reset, "RunaiEmulator", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class ResetRunaiEmulatorCommand : EmulatorAdminCmdlet
{
    protected override void EndProcessing()
    {
        using var admin = CreateAdminClient();
        if (!ShouldProcess($"emulator {admin.BaseUrl}", "Reset")) return;
        TryRun(async ct => { await admin.ResetAsync(ct).ConfigureAwait(false); return true; }, admin.BaseUrl, out _);
    }
}
