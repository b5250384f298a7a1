using System;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.PowerShell;

/// <summary>
/// Confirm, then write: asks ShouldProcess with a target a person reads ("project 'team-a' (id 7)") after names and
/// pipeline input were resolved, runs the change, and writes its result when asked. A failed change is a
/// non-terminating error whose TargetObject is the cmdlet's input.
/// </summary>
internal static class ChangeWriter
{
    /// <returns>Whether the change was made.</returns>
    public static bool Apply<T>(RunaiCmdlet cmdlet, string target, string action, object? input, Func<CancellationToken, Task<T>> change,
        bool writeResult)
    {
        if (!cmdlet.ShouldProcess(target, action)) return false;
        if (!cmdlet.TryRun(change, input, out var result)) return false;
        if (writeResult && result is not null) cmdlet.WriteObject(result);
        return true;
    }

    public static bool Apply(RunaiCmdlet cmdlet, string target, string action, object? input, Func<CancellationToken, Task> change) =>
        Apply<bool>(cmdlet, target, action, input, async ct =>
        {
            await change(ct).ConfigureAwait(false);
            return true;
        }, writeResult: false);
}
