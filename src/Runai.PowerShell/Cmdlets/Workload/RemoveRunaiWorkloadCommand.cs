using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>Deletes workloads of any kind through their typed route.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiWorkload", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High,
    DefaultParameterSetName = ObjectSet)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiWorkloadCommand : WorkloadTargetCmdlet
{
    /// <summary>How many deletes run at once for piped input (1: one after another).</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 1;

    protected override int ChangeConcurrency => ThrottleLimit;

    /// <summary>Deletes without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override bool SkipConfirmation => Force;

    protected override void ProcessRecord()
    {
        var client = RequireConnection().Workloads();
        foreach (var workload in ResolveTargets(client))
        {
            if (workload.Kind is not { } kind)
            {
                WriteInputError($"The {WorkloadWaiter.Describe(workload)} is a '{workload.Type}' workload, which this module cannot delete (no typed route).",
                    ErrorIds.OperationNotSupported, ErrorCategory.InvalidOperation, workload);
                continue;
            }
            Changes.Submit(WorkloadWaiter.Describe(workload), "Remove", workload, ct => client.DeleteAsync(kind, workload.Id, ct));
        }
    }
}
