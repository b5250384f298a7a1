using System.Collections.Concurrent;
using Runai.Client.Diagnostics;

namespace Runai.PowerShell;

/// <summary>Queues the client's log lines so that only the pipeline thread writes them (PowerShell requires it).</summary>
internal sealed class PipelineLogSink : IRunaiLogSink
{
    public enum Kind { Verbose, Debug, Warning }

    private readonly BlockingCollection<(Kind, string)> queue = new();

    public PipelineLogSink(bool debugEnabled) => IsDebugEnabled = debugEnabled;

    public bool IsDebugEnabled { get; }
    public BlockingCollection<(Kind Kind, string Message)> Queue => queue;

    public void Verbose(string message) => Add(Kind.Verbose, message);
    public void Debug(string message) => Add(Kind.Debug, message);
    public void Warning(string message) => Add(Kind.Warning, message);

    private void Add(Kind kind, string message)
    {
        // A late line from a background continuation after the call finished is dropped, not thrown.
        try { queue.TryAdd((kind, message)); }
        catch (System.InvalidOperationException) { }
    }
}
