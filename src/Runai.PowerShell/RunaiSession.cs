using System.Threading;
using Runai.Client;

namespace Runai.PowerShell;

/// <summary>
/// The current connection of this process, set by Connect-Runai. Process-wide on purpose: runspaces of
/// ForEach-Object -Parallel share it, and the connection is thread-safe.
/// </summary>
public static class RunaiSession
{
    private static RunaiContext? context;

    /// <summary>The current connection object: the very one Connect-Runai -PassThru and Get-RunaiContext return.</summary>
    public static RunaiContext? Context => Volatile.Read(ref context);

    /// <summary>
    /// The Runai.Client connection under <see cref="Context"/>, for code that calls Runai.Client directly (tests seed
    /// the emulator through it). It reaches no token or credential either.
    /// </summary>
    public static RunaiConnection? Current => Context?.Connection;

    /// <summary>Makes <paramref name="next"/> current and returns the one it replaced.</summary>
    public static RunaiContext? Replace(RunaiContext? next) => Interlocked.Exchange(ref context, next);
}
