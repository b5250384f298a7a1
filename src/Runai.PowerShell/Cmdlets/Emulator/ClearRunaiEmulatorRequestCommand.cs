using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>Empties the emulator's request log.</summary>
[Cmdlet(VerbsCommon.Clear, "RunaiEmulatorRequest", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class ClearRunaiEmulatorRequestCommand : EmulatorAdminCmdlet
{
    protected override void EndProcessing()
    {
        using var admin = CreateAdminClient();
        if (!ShouldProcess($"request log of emulator {admin.BaseUrl}", "Clear")) return;
        TryRun(async ct => { await admin.ClearRequestsAsync(ct).ConfigureAwait(false); return true; }, admin.BaseUrl, out _);
    }
}
