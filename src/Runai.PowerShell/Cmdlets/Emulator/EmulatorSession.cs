using System;
using System.Threading;
using Runai.Client.Emulator;

namespace Runai.PowerShell;

/// <summary>The emulator Start-RunaiEmulator started last in this process: what Stop-RunaiEmulator stops by default.</summary>
internal static class EmulatorSession
{
    private static EmulatorProcess? started;

    public static EmulatorProcess? Started => Volatile.Read(ref started);

    public static EmulatorProcess? Replace(EmulatorProcess? next) => Interlocked.Exchange(ref started, next);

    /// <summary>Forgets <paramref name="emulator"/> when it is the one remembered.</summary>
    public static void Forget(EmulatorProcess emulator) => Interlocked.CompareExchange(ref started, null, emulator);

    /// <summary>The scheme, host and port of <paramref name="url"/>: where the emulator's /admin routes are.</summary>
    public static Uri Root(Uri url) => new(url.GetLeftPart(UriPartial.Authority) + "/");
}
