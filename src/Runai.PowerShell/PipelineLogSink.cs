using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Runai.Client.Diagnostics;

namespace Runai.PowerShell;

/// <summary>
/// Queues the client's log lines so that only the pipeline thread writes them (PowerShell requires it). One sink may
/// serve several calls in turn (a paged stream's requests, prefetched ones included): each call drains what was
/// queued until it finishes, and a line queued between calls is written by the next.
/// </summary>
internal sealed class PipelineLogSink : IRunaiLogSink
{
    public enum Kind { Verbose, Debug, Warning, Wake }

    private readonly BlockingCollection<(Kind Kind, string Message)> queue = new();

    public PipelineLogSink(bool debugEnabled) => IsDebugEnabled = debugEnabled;

    public bool IsDebugEnabled { get; }

    public void Verbose(string message) => queue.Add((Kind.Verbose, message));
    public void Debug(string message) => queue.Add((Kind.Debug, message));
    public void Warning(string message) => queue.Add((Kind.Warning, message));

    /// <summary>Writes queued lines on the calling (pipeline) thread until <paramref name="task"/> has finished, then what is left.</summary>
    public void DrainUntil(Task task, Action<Kind, string> write)
    {
        if (!task.IsCompleted)
        {
            task.ContinueWith(_ => queue.Add((Kind.Wake, "")), TaskContinuationOptions.ExecuteSynchronously);
            foreach (var (kind, message) in queue.GetConsumingEnumerable())
            {
                if (kind != Kind.Wake) write(kind, message);
                else if (task.IsCompleted) break;
            }
        }
        Drain(write);
    }

    /// <summary>Writes what is queued now, without waiting.</summary>
    public void Drain(Action<Kind, string> write)
    {
        while (queue.TryTake(out var line))
        {
            if (line.Kind != Kind.Wake) write(line.Kind, line.Message);
        }
    }
}
