using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>Suspends workloads of any kind that has a suspend route (workspaces, trainings, distributed trainings).</summary>
[Cmdlet(VerbsLifecycle.Stop, "RunaiWorkload", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium,
    DefaultParameterSetName = ObjectSet)]
[OutputType(typeof(Client.Workloads.Workload))]
public sealed class StopRunaiWorkloadCommand : WorkloadTargetCmdlet
{
    /// <summary>Write the workload (as it is after the request) to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>How many requests run at once for piped input (1: one after another).</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 1;

    protected override int ChangeConcurrency => ThrottleLimit;

    protected override void ProcessRecord()
    {
        var client = RequireConnection().Workloads();
        var passThru = PassThru.IsPresent;
        foreach (var workload in ResolveTargets(client))
        {
            if (workload.Kind is not { } kind || kind == WorkloadKind.Inference)
            {
                WriteInputError($"The {WorkloadWaiter.Describe(workload)} cannot be suspended: the Run:ai API has no suspend for {workload.Type} workloads. Use Remove-RunaiWorkload.",
                    ErrorIds.OperationNotSupported, ErrorCategory.InvalidOperation, workload);
                continue;
            }
            Changes.Submit(WorkloadWaiter.Describe(workload), "Suspend", workload, async ct =>
            {
                await client.SuspendAsync(kind, workload.Id, ct).ConfigureAwait(false);
                return passThru ? await client.GetAsync(workload.Id, ct).ConfigureAwait(false) : null;
            }, write: passThru);
        }
    }
}
