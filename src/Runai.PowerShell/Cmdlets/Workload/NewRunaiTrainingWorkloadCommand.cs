using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>Submits a training (a batch workload that runs to completion).</summary>
[Cmdlet(VerbsCommon.New, "RunaiTrainingWorkload", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(Client.Workloads.Workload))]
public sealed class NewRunaiTrainingWorkloadCommand : NewWorkloadCmdlet
{
    /// <summary>Pods that may run at once (hyperparameter sweeps).</summary>
    [Parameter]
    [ValidateRange(1, 10000)]
    public int? Parallelism { get; set; }

    /// <summary>Successful pods needed for the training to complete.</summary>
    [Parameter]
    [ValidateRange(1, 10000)]
    public int? Completions { get; set; }

    /// <summary>Retries before the training is marked failed.</summary>
    [Parameter]
    [ValidateRange(0, 1000)]
    public int? BackoffLimit { get; set; }

    protected override WorkloadKind Kind => WorkloadKind.Training;

    protected override void AddKindParameters(WorkloadSubmission submission)
    {
        submission.Parallelism = Parallelism;
        submission.Completions = Completions;
        submission.BackoffLimit = BackoffLimit;
    }
}
