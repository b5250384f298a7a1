using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.PowerShell;

/// <summary>
/// Confirm, then write, for every change a cmdlet makes: ShouldProcess is asked with a target a person reads
/// ("project 'team-a' (id 7)") after names and pipeline input were resolved; the change runs, and its result is
/// written when asked. With -ThrottleLimit N up to N changes run at once on the connection, while confirmations,
/// log lines, errors and results stay on the pipeline thread, in input order: one error per failed item (its input
/// as TargetObject), nothing lost, nothing run twice.
/// </summary>
internal sealed class ChangeQueue
{
    private readonly RunaiCmdlet cmdlet;
    private readonly int limit;
    private readonly Queue<Pending> inFlight = new();

    public ChangeQueue(RunaiCmdlet cmdlet, int limit)
    {
        this.cmdlet = cmdlet;
        this.limit = Math.Max(1, limit);
    }

    /// <summary>Asks ShouldProcess and runs (or queues) the change; <paramref name="done"/> runs on the pipeline thread with its result.</summary>
    /// <returns>Whether the change was confirmed (it may still be running).</returns>
    public bool Submit<T>(string target, string action, object? input, Func<CancellationToken, Task<T>> change, Action<T>? done = null)
    {
        if (!cmdlet.ShouldProcessChange(target, action)) return false;
        if (limit == 1)
        {
            if (cmdlet.TryRun(change, input, out var result)) done?.Invoke(result);
            return true;
        }
        var sink = cmdlet.NewLogSink(besideOthers: true);
        var task = sink.StartOnPool<object?>(async ct => await change(ct).ConfigureAwait(false), cmdlet.CancellationToken);
        inFlight.Enqueue(new Pending(task, sink, input, cmdlet.PipelineRow, result => done?.Invoke((T)result!)));
        while (inFlight.Count >= limit) CompleteOldest();
        return true;
    }

    public bool Submit(string target, string action, object? input, Func<CancellationToken, Task> change) =>
        Submit<bool>(target, action, input, async ct =>
        {
            await change(ct).ConfigureAwait(false);
            return true;
        });

    /// <summary>A change whose result is written to the pipeline when <paramref name="write"/> is true.</summary>
    public bool Submit<T>(string target, string action, object? input, Func<CancellationToken, Task<T>> change, bool write) =>
        Submit(target, action, input, change, write ? result => { if (result is not null) cmdlet.WriteObject(result); } : null);

    /// <summary>Waits for every queued change, writing each one's lines, result or error in input order.</summary>
    public void Complete()
    {
        while (inFlight.Count > 0) CompleteOldest();
    }

    private void CompleteOldest()
    {
        var pending = inFlight.Dequeue();
        if (cmdlet.TryRun(_ => pending.Task, pending.Sink, pending.Input, pending.Row, out var result)) pending.Done(result);
    }

    private sealed class Pending
    {
        public Pending(Task<object?> task, PipelineLogSink sink, object? input, object? row, Action<object?> done)
        {
            Task = task;
            Sink = sink;
            Input = input;
            Row = row;
            Done = done;
        }

        public Task<object?> Task { get; }
        public PipelineLogSink Sink { get; }
        public object? Input { get; }

        /// <summary>The piped object at submission (later rows are bound by the time this one completes).</summary>
        public object? Row { get; }

        public Action<object?> Done { get; }
    }
}
