using System.Threading;
using Runai.Client;

namespace Runai.PowerShell;

/// <summary>
/// The current connection of this process, set by Connect-Runai. Process-wide on purpose: runspaces of
/// ForEach-Object -Parallel share it, and the connection is thread-safe.
/// </summary>
public static class RunaiSession
{
    private static RunaiConnection? current;

    public static RunaiConnection? Current => Volatile.Read(ref current);

    /// <summary>Makes <paramref name="connection"/> current and returns the one it replaced.</summary>
    public static RunaiConnection? Replace(RunaiConnection? connection) => Interlocked.Exchange(ref current, connection);
}
