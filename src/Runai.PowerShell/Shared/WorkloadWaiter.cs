using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>What the workload cmdlets share: waiting for a phase with progress, and describing a workload to a human.</summary>
internal static class WorkloadWaiter
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(5);

    /// <summary>"training 'bert' in project 'team-a'".</summary>
    public static string Describe(Client.Workloads.Workload workload) =>
        $"{workload.Kind?.Noun() ?? workload.Type.ToLowerInvariant()} '{workload.Name}' in project '{(workload.ProjectName.Length > 0 ? workload.ProjectName : workload.ProjectId)}'";

    /// <summary>The phases a plain wait ends on: trainings until they finish, the others until they run.</summary>
    public static IReadOnlyCollection<string> DefaultTargetPhases(Client.Workloads.Workload workload) =>
        workload.Kind is WorkloadKind.Training or WorkloadKind.Distributed ? new[] { "Completed" } : new[] { "Running" };

    /// <summary>
    /// Polls with backoff until the workload reaches one of <paramref name="phases"/>, writing progress from the pipeline
    /// thread. Returns the final workload, or null after writing an error (failed, or timed out). Ctrl+C stops the wait
    /// (PipelineStoppedException) and leaves the workload as it is.
    /// </summary>
    public static Client.Workloads.Workload? WaitFor(RunaiCmdlet cmdlet, WorkloadsClient client, Client.Workloads.Workload workload,
        IReadOnlyCollection<string>? phases, int? timeoutSec, int activityId)
    {
        var targets = phases is { Count: > 0 } ? phases : DefaultTargetPhases(workload);
        var clock = Stopwatch.StartNew();
        var delay = FirstPoll;
        var activity = $"Waiting for {Describe(workload)} to be {string.Join(" or ", targets)}";
        var current = workload;
        try
        {
            while (true)
            {
                var id = current.Id;
                if (!cmdlet.TryRun(ct => client.GetAsync(id, ct), workload, out current)) return null;
                cmdlet.WriteProgress(new ProgressRecord(activityId, activity, $"{current.Name}: {current.Phase} ({clock.Elapsed:hh\\:mm\\:ss} elapsed)"));
                if (targets.Contains(current.Phase, StringComparer.OrdinalIgnoreCase)) return current;
                if (current.Phase == "Failed")
                {
                    WriteFailure(cmdlet, client, current);
                    return null;
                }
                if (current.Phase == "Completed")
                {
                    cmdlet.WriteWarning($"The {Describe(current)} completed; it will not become {string.Join(" or ", targets)}.");
                    return current;
                }
                if (timeoutSec is { } limit && clock.Elapsed >= TimeSpan.FromSeconds(limit))
                {
                    cmdlet.WriteError(ErrorRecordFactory.Create(
                        $"The {Describe(current)} is still {current.Phase} after {limit} s (waited for {string.Join(" or ", targets)}). The workload was left as it is.",
                        ErrorIds.WaitTimeout, ErrorCategory.OperationTimeout, current));
                    return null;
                }
                var wait = delay;
                if (timeoutSec is { } remainingLimit)
                {
                    var remaining = TimeSpan.FromSeconds(remainingLimit) - clock.Elapsed;
                    if (remaining < wait) wait = remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
                }
                cmdlet.Run(ct => Task.Delay(wait, ct));
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 1.5, LongestPoll.TotalMilliseconds));
            }
        }
        finally
        {
            cmdlet.WriteProgress(new ProgressRecord(activityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }

    private static void WriteFailure(RunaiCmdlet cmdlet, WorkloadsClient client, Client.Workloads.Workload failed)
    {
        var lastEvents = new List<WorkloadEvent>();
        cmdlet.TryRun(async ct =>
        {
            await foreach (var item in client.ListEventsAsync(failed.Id, newestFirst: true, ct).ConfigureAwait(false))
            {
                lastEvents.Add(item);
                if (lastEvents.Count == 5) break;
            }
            return true;
        }, failed, out _);
        lastEvents.Reverse();
        var message = $"The {Describe(failed)} failed: {failed.PhaseMessage ?? "no status message"}";
        if (lastEvents.Count > 0)
            message += " Last events: " + string.Join(" | ", lastEvents.Select(e => $"{e.CreatedAt:u} {e.Type} {e.Reason}: {e.Message}"));
        cmdlet.WriteError(ErrorRecordFactory.Create(message, ErrorIds.WorkloadFailed, ErrorCategory.InvalidResult, failed,
            "Inspect it with Get-RunaiWorkloadEvent and Get-RunaiWorkloadPod."));
    }
}
