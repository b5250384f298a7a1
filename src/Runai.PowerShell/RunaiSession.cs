using System.Threading;

namespace Runai.PowerShell;

/// <summary>
/// The current connection of this process, set by Connect-Runai. Process-wide on purpose: runspaces of
/// ForEach-Object -Parallel share it, and the connection is thread-safe. It is the same object that
/// Connect-Runai -PassThru and Get-RunaiContext return.
/// </summary>
public static class RunaiSession
{
    private static RunaiContext? current;

    public static RunaiContext? Current => Volatile.Read(ref current);

    /// <summary>Makes <paramref name="context"/> current and returns the one it replaced.</summary>
    public static RunaiContext? Replace(RunaiContext? context) => Interlocked.Exchange(ref current, context);
}
