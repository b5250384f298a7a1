using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>Suspends workloads of any kind that has a suspend route (workspaces, trainings, distributed trainings).</summary>
[Cmdlet(VerbsLifecycle.Stop, "RunaiWorkload", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium,
    DefaultParameterSetName = ObjectSet)]
[OutputType(typeof(Client.Workloads.Workload))]
public sealed class StopRunaiWorkloadCommand : WorkloadTargetCommandBase
{
    /// <summary>Write the workload (as it is after the request) to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var client = RequireConnection().Workloads();
        foreach (var workload in ResolveTargets(client))
        {
            if (workload.Kind is not { } kind || kind == WorkloadKind.Inference)
            {
                WriteInputError($"The {Describe(workload)} cannot be suspended: the Run:ai API has no suspend for {workload.Type} workloads. Use Remove-RunaiWorkload.",
                    ErrorIds.OperationNotSupported, ErrorCategory.InvalidOperation, workload);
                continue;
            }
            if (!ShouldProcess(Describe(workload), "Suspend")) continue;
            if (!TryRun(ct => client.SuspendAsync(kind, workload.Id, ct), workload)) continue;
            if (PassThru && TryRun(ct => client.GetAsync(workload.Id, ct), workload, out var current)) WriteObject(current);
        }
    }
}
