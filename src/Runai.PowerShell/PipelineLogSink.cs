using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Diagnostics;

namespace Runai.PowerShell;

/// <summary>
/// Starts client calls and queues their log lines so that only the pipeline thread writes them (PowerShell requires
/// it). One sink may serve several calls in turn (a paged stream's requests, prefetched ones included): each call
/// drains what was queued until it finishes, and a line queued between calls is written by the next.
/// </summary>
internal sealed class PipelineLogSink : IRunaiLogSink
{
    public enum Kind { Verbose, Debug, Warning }

    private readonly ConcurrentQueue<(Kind Kind, string Message)> queue = new();

    // Set when a line is queued or a call finishes. For a single call the waiting pipeline thread spins (yielding) a
    // little before it sleeps: a local answer comes back in about 0.1 ms, and waking a sleeping thread costs about a
    // third of that. Beside other calls (-ThrottleLimit) it sleeps at once: spinning would take the processor from the
    // calls it waits for.
    private readonly ManualResetEventSlim signal;
    private readonly Action wake;

    public PipelineLogSink(bool debugEnabled, bool verboseEnabled, bool besideOthers = false)
    {
        IsDebugEnabled = debugEnabled;
        IsVerboseEnabled = verboseEnabled;
        signal = new ManualResetEventSlim(false, spinCount: besideOthers ? 0 : 100);
        wake = signal.Set;
    }

    public bool IsDebugEnabled { get; }

    /// <summary>Whether Verbose lines are written (-Verbose, $VerbosePreference, or -Debug, which shows them as debug lines).</summary>
    public bool IsVerboseEnabled { get; }

    public void Verbose(string message)
    {
        if (IsVerboseEnabled || IsDebugEnabled) Add(Kind.Verbose, message);
    }

    public void Debug(string message) => Add(Kind.Debug, message);
    public void Warning(string message) => Add(Kind.Warning, message);

    private void Add(Kind kind, string message)
    {
        queue.Enqueue((kind, message));
        signal.Set();
    }

    /// <summary>
    /// Starts <paramref name="call"/> on the calling thread with this sink as the log, so a single call costs no thread
    /// hand-off before its first request; its continuations run on the thread pool (the client never captures a context).
    /// </summary>
    public Task<T> Start<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            using (RunaiLog.Use(this))
            {
                return call(cancellationToken);
            }
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    /// <summary>
    /// Starts <paramref name="call"/> on the thread pool with this sink as the log: for calls that run beside others
    /// (-ThrottleLimit), so that building and sending a request never holds up the pipeline thread binding the next item.
    /// </summary>
    public Task<T> StartOnPool<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using (RunaiLog.Use(this))
        {
            return Task.Run(() => call(cancellationToken), cancellationToken);
        }
    }

    /// <summary>Writes queued lines on the calling (pipeline) thread until <paramref name="task"/> has finished, then what is left.</summary>
    public void DrainUntil(Task task, Action<Kind, string> write)
    {
        if (!task.IsCompleted)
        {
            task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(wake);
            while (true)
            {
                signal.Wait();
                signal.Reset();
                Drain(write);
                if (task.IsCompleted) break;
            }
        }
        Drain(write);
    }

    /// <summary>Writes what is queued now, without waiting.</summary>
    public void Drain(Action<Kind, string> write)
    {
        while (queue.TryDequeue(out var line)) write(line.Kind, line.Message);
    }
}
