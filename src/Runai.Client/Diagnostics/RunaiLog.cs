using System;
using System.Threading;

namespace Runai.Client.Diagnostics;

/// <summary>
/// The log sink of the current logical call. A caller (a cmdlet, a test) sets it around its calls; the handlers of a
/// shared connection write to whichever caller's flow they run in, so parallel runspaces never see each other's lines.
/// </summary>
public static class RunaiLog
{
    private static readonly AsyncLocal<IRunaiLogSink?> CurrentSink = new();

    public static IRunaiLogSink? Current => CurrentSink.Value;

    /// <summary>Routes this flow's log lines to <paramref name="sink"/> until the result is disposed.</summary>
    public static IDisposable Use(IRunaiLogSink? sink)
    {
        var previous = CurrentSink.Value;
        CurrentSink.Value = sink;
        return new Restore(previous);
    }

    private sealed class Restore : IDisposable
    {
        private readonly IRunaiLogSink? previous;
        public Restore(IRunaiLogSink? previous) => this.previous = previous;
        public void Dispose() => CurrentSink.Value = previous;
    }
}
