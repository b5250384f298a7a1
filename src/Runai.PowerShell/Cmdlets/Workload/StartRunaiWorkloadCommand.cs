using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>Resumes suspended workloads (workspaces, trainings, distributed trainings).</summary>
[Cmdlet(VerbsLifecycle.Start, "RunaiWorkload", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low,
    DefaultParameterSetName = ObjectSet)]
[OutputType(typeof(Client.Workloads.Workload))]
public sealed class StartRunaiWorkloadCommand : WorkloadTargetCommandBase
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
                WriteInputError($"The {Describe(workload)} cannot be resumed: the Run:ai API has no resume for {workload.Type} workloads.",
                    ErrorIds.OperationNotSupported, ErrorCategory.InvalidOperation, workload);
                continue;
            }
            if (!ShouldProcess(Describe(workload), "Resume")) continue;
            if (!TryRun(ct => client.ResumeAsync(kind, workload.Id, ct), workload)) continue;
            if (PassThru && TryRun(ct => client.GetAsync(workload.Id, ct), workload, out var current)) WriteObject(current);
        }
    }
}
