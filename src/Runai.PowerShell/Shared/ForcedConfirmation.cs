using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>
/// -Force on Remove- cmdlets, as in Az: skips the confirmation a High ConfirmImpact asks for. A binary cmdlet has no
/// scope of its own, so $ConfirmPreference is lowered only for the first ShouldProcess call (PowerShell reads and
/// caches the preference then) and restored at once: the caller's variable is never left changed. -WhatIf still
/// applies, and an explicit -Confirm still asks.
/// </summary>
internal static class ForcedConfirmation
{
    public static bool ShouldProcess(PSCmdlet cmdlet, bool force, string target, string action)
    {
        if (!force) return cmdlet.ShouldProcess(target, action);
        var preference = cmdlet.SessionState.PSVariable.Get("ConfirmPreference");
        if (preference is null) return cmdlet.ShouldProcess(target, action);
        var previous = preference.Value;
        preference.Value = ConfirmImpact.None;
        try
        {
            return cmdlet.ShouldProcess(target, action);
        }
        finally
        {
            preference.Value = previous;
        }
    }
}
