using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Diagnostics;

namespace Runai.PowerShell;

/// <summary>
/// Runs client calls for a cmdlet: a cancellation token cancelled by Ctrl+C, the call's log lines written from the
/// pipeline thread, and the single exception → ErrorRecord mapping. Connect-Runai derives from it directly; every
/// other cmdlet through <see cref="RunaiCmdlet"/>.
/// </summary>
public abstract class RunaiAsyncCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource stopping = new();

    protected CancellationToken CancellationToken => stopping.Token;

    protected override void StopProcessing() => stopping.Cancel();

    /// <summary>Runs a client call, writing its Verbose/Debug/Warning lines as they come, and returns its result.</summary>
    protected T Run<T>(Func<CancellationToken, Task<T>> call)
    {
        var sink = new PipelineLogSink(IsDebugEnabled());
        Task<T> task;
        using (RunaiLog.Use(sink))
        {
            task = Task.Run(() => call(stopping.Token), stopping.Token);
        }
        task.ContinueWith(_ => sink.Queue.CompleteAdding(), TaskScheduler.Default);
        foreach (var (kind, message) in sink.Queue.GetConsumingEnumerable())
        {
            switch (kind)
            {
                case PipelineLogSink.Kind.Verbose: WriteVerbose(message); break;
                case PipelineLogSink.Kind.Debug: WriteDebug(message); break;
                case PipelineLogSink.Kind.Warning: WriteWarning(message); break;
            }
        }
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    protected void Run(Func<CancellationToken, Task> call) => Run<bool>(async ct =>
    {
        await call(ct).ConfigureAwait(false);
        return true;
    });

    /// <summary>Enumerates a lazy client sequence page by page; each step's log lines are written as it runs.</summary>
    protected IEnumerable<T> Stream<T>(IAsyncEnumerable<T> source)
    {
        var enumerator = source.GetAsyncEnumerator(stopping.Token);
        try
        {
            while (Run(_ => enumerator.MoveNextAsync().AsTask())) yield return enumerator.Current;
        }
        finally
        {
            Run(_ => enumerator.DisposeAsync().AsTask());
        }
    }

    /// <summary>
    /// Runs a per-item call; a failure becomes a non-terminating error for that item (so one bad pipeline item does not
    /// stop the rest), unless nothing else can succeed (authentication), which terminates.
    /// </summary>
    protected bool TryRun<T>(Func<CancellationToken, Task<T>> call, object? target, out T result)
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

    protected bool TryRun(Func<CancellationToken, Task> call, object? target) =>
        TryRun<bool>(async ct => { await call(ct).ConfigureAwait(false); return true; }, target, out _);

    /// <summary>Writes the mapped error; terminates when nothing else can succeed.</summary>
    protected void WriteRunaiError(Exception exception, object? target)
    {
        var record = ErrorRecordFactory.Create(exception, target);
        if (ErrorRecordFactory.IsFatal(exception)) ThrowTerminatingError(record);
        WriteError(record);
    }

    protected void WriteInputError(string message, string errorId, ErrorCategory category, object? target) =>
        WriteError(ErrorRecordFactory.Create(message, errorId, category, target));

    /// <summary>
    /// Writes a verbose line; under -Debug without -Verbose it goes to the debug stream instead, because PowerShell
    /// makes compiled cmdlets' verbose preference Inquire in that case and would prompt for every HTTP line.
    /// </summary>
    protected new void WriteVerbose(string text)
    {
        if (IsDebugOnly()) base.WriteDebug(text);
        else base.WriteVerbose(text);
    }

    private bool IsDebugOnly() =>
        MyInvocation.BoundParameters.TryGetValue("Debug", out var debug) && debug is SwitchParameter { IsPresent: true }
        && !MyInvocation.BoundParameters.ContainsKey("Verbose");

    private bool IsDebugEnabled()
    {
        if (MyInvocation.BoundParameters.TryGetValue("Debug", out var debug) && debug is SwitchParameter s) return s.IsPresent;
        var preference = GetVariableValue("DebugPreference");
        return preference is ActionPreference p ? p != ActionPreference.SilentlyContinue && p != ActionPreference.Ignore
            : preference is string text && !string.Equals(text, "SilentlyContinue", StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        stopping.Dispose();
        GC.SuppressFinalize(this);
    }
}
