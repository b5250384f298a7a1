using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;

namespace Runai.PowerShell;

/// <summary>
/// Runs client calls for a cmdlet: a cancellation token cancelled by Ctrl+C, the call's log lines written from the
/// pipeline thread, and the single exception → ErrorRecord mapping. Connect-Runai derives from it directly; every
/// other cmdlet through <see cref="RunaiCmdlet"/>.
/// </summary>
public abstract class RunaiAsyncCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource stopping = new();

    protected internal CancellationToken CancellationToken => stopping.Token;

    protected override void StopProcessing() => stopping.Cancel();

    /// <summary>Runs a client call, writing its Verbose/Debug/Warning lines as they come, and returns its result.</summary>
    protected internal T Run<T>(Func<CancellationToken, Task<T>> call) => RunWith(NewLogSink(), call);

    protected internal void Run(Func<CancellationToken, Task> call) => Run<bool>(async ct =>
    {
        await call(ct).ConfigureAwait(false);
        return true;
    });

    /// <summary>
    /// Enumerates a lazy sequence of pages with one hand-off to a worker per page (never per item): the pipeline thread
    /// gets each page whole, while the next page's request is already in flight. <paramref name="preparePage"/> runs on
    /// the worker with the page (e.g. to fill display names); every request's log lines are written as they come.
    /// </summary>
    protected internal IEnumerable<IReadOnlyList<T>> StreamPages<T>(IAsyncEnumerable<IReadOnlyList<T>> source,
        Func<IReadOnlyList<T>, CancellationToken, Task>? preparePage = null)
    {
        var sink = NewLogSink();
        var pages = source.GetAsyncEnumerator(stopping.Token);
        try
        {
            while (true)
            {
                var page = RunWith(sink, async ct =>
                {
                    if (!await pages.MoveNextAsync().ConfigureAwait(false)) return null;
                    var current = pages.Current;
                    if (preparePage is not null) await preparePage(current, ct).ConfigureAwait(false);
                    return current;
                });
                if (page is null) yield break;
                yield return page;
            }
        }
        finally
        {
            RunWith(sink, async _ =>
            {
                await pages.DisposeAsync().ConfigureAwait(false);
                return true;
            });
        }
    }

    private T RunWith<T>(PipelineLogSink sink, Func<CancellationToken, Task<T>> call)
    {
        var task = sink.Start(call, stopping.Token);
        sink.DrainUntil(task, WriteLogLine);
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    private void WriteLogLine(PipelineLogSink.Kind kind, string message)
    {
        switch (kind)
        {
            case PipelineLogSink.Kind.Verbose: WriteVerbose(message); break;
            case PipelineLogSink.Kind.Debug: WriteDebug(message); break;
            case PipelineLogSink.Kind.Warning: WriteWarning(message); break;
        }
    }

    /// <summary>
    /// Runs a per-item call; a failure becomes a non-terminating error for that item (so one bad pipeline item does not
    /// stop the rest), unless nothing else can succeed (authentication), which terminates.
    /// </summary>
    protected internal bool TryRun<T>(Func<CancellationToken, Task<T>> call, object? target, out T result)
    {
        try
        {
            result = Run(call);
            return true;
        }
        catch (Exception e) when (e is RunaiException or ArgumentException)
        {
            WriteRunaiError(e, target);
            result = default!;
            return false;
        }
    }

    /// <summary>As <see cref="TryRun{T}(Func{CancellationToken, Task{T}}, object?, out T)"/>, for a call started earlier whose lines go to <paramref name="sink"/>.</summary>
    internal bool TryRun<T>(Func<CancellationToken, Task<T>> call, PipelineLogSink sink, object? target, object? row, out T result)
    {
        try
        {
            result = RunWith(sink, call);
            return true;
        }
        catch (Exception e) when (e is RunaiException or ArgumentException)
        {
            WriteRunaiError(e, target, row);
            result = default!;
            return false;
        }
    }

    protected internal bool TryRun(Func<CancellationToken, Task> call, object? target) =>
        TryRun<bool>(async ct => { await call(ct).ConfigureAwait(false); return true; }, target, out _);

    /// <summary>
    /// Runs a local step that checks input (building a filter, reading a quantity); a refused value becomes a
    /// non-terminating error for this item before anything is sent.
    /// </summary>
    protected internal bool TryPrepare<T>(Func<T> prepare, object? target, out T result)
    {
        try
        {
            result = prepare();
            return true;
        }
        catch (Exception e) when (e is RunaiException or ArgumentException)
        {
            WriteRunaiError(e, target);
            result = default!;
            return false;
        }
    }

    /// <summary>A local input check that returns nothing; a refused value is one error for this item.</summary>
    protected internal bool TryPrepare(Action check, object? target) => TryPrepare(() =>
    {
        check();
        return true;
    }, target, out _);

    /// <summary>Writes the mapped error; terminates when nothing else can succeed.</summary>
    protected internal void WriteRunaiError(Exception exception, object? target) => WriteRunaiError(exception, target, PipelineRow);

    /// <summary>Writes the mapped error with <paramref name="row"/> as the piped object (a change completed after later rows were bound).</summary>
    internal void WriteRunaiError(Exception exception, object? target, object? row)
    {
        var record = ErrorRecordFactory.Create(exception, target, row);
        if (ErrorRecordFactory.IsFatal(exception)) ThrowTerminatingError(record);
        WriteError(record);
    }

    protected internal void WriteInputError(string message, string errorId, ErrorCategory category, object? target) =>
        WriteError(ErrorRecordFactory.Create(message, errorId, category, PipelineRow ?? target));

    /// <summary>The object piped into this record (a CSV row), when the cmdlet takes one; errors name it.</summary>
    protected internal virtual object? PipelineRow => null;

    /// <summary>
    /// Writes a verbose line; under -Debug without -Verbose it goes to the debug stream instead, because PowerShell
    /// makes compiled cmdlets' verbose preference Inquire in that case and would prompt for every HTTP line.
    /// </summary>
    protected internal new void WriteVerbose(string text)
    {
        if (IsDebugOnly()) base.WriteDebug(text);
        else base.WriteVerbose(text);
    }

    private bool IsDebugOnly() =>
        MyInvocation.BoundParameters.TryGetValue("Debug", out var debug) && debug is SwitchParameter { IsPresent: true }
        && !MyInvocation.BoundParameters.ContainsKey("Verbose");

    /// <summary>A sink for this cmdlet's calls, knowing which of their lines anybody will see.</summary>
    internal PipelineLogSink NewLogSink(bool besideOthers = false) =>
        new(IsWanted("Debug", "DebugPreference"), IsWanted("Verbose", "VerbosePreference"), besideOthers);

    /// <summary>Whether a stream's lines are wanted: its switch (-Debug, -Verbose), or else its preference variable.</summary>
    private bool IsWanted(string switchName, string preferenceName)
    {
        if (MyInvocation.BoundParameters.TryGetValue(switchName, out var given) && given is SwitchParameter s) return s.IsPresent;
        var preference = GetVariableValue(preferenceName);
        return preference is ActionPreference p ? p != ActionPreference.SilentlyContinue && p != ActionPreference.Ignore
            : preference is string text && !string.Equals(text, "SilentlyContinue", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(text, "Ignore", StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        stopping.Dispose();
        GC.SuppressFinalize(this);
    }
}
