using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>
/// Waits until workloads reach a phase (by default: trainings Completed, the others Running), showing progress, and
/// writes each final workload. A failed workload is an error carrying its status message and last events.
/// </summary>
[Cmdlet(VerbsLifecycle.Wait, "RunaiWorkload", DefaultParameterSetName = ObjectSet)]
[OutputType(typeof(Client.Workloads.Workload))]
public sealed class WaitRunaiWorkloadCommand : WorkloadTargetCmdlet
{
    private int activity;

    /// <summary>The phases to wait for (any of them ends the wait).</summary>
    [Parameter]
    [ValidateSet("Creating", "Initializing", "Resuming", "Pending", "Deleting", "Running", "Updating", "Stopped", "Stopping",
        "Degraded", "Failed", "Completed", "Terminating", "Unknown")]
    public string[]? Phase { get; set; }

    /// <summary>Give up (with an OperationTimeout error) after this many seconds; the workload is left alone.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? TimeoutSec { get; set; }

    protected override void ProcessRecord()
    {
        var client = RequireConnection().Workloads();
        foreach (var workload in ResolveTargets(client))
        {
            var final = WorkloadWaiter.WaitFor(this, client, workload, Phase, TimeoutSec, ++activity);
            if (final is not null) WriteObject(final);
        }
    }
}
