using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>Submits an inference workload (a served model, e.g. an NVIDIA NIM image) with its serving port and replicas.</summary>
[Cmdlet(VerbsCommon.New, "RunaiInferenceWorkload", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(Client.Workloads.Workload))]
public sealed class NewRunaiInferenceWorkloadCommand : NewWorkloadCmdlet
{
    /// <summary>The container port that serves requests.</summary>
    [Parameter]
    [ValidateRange(1, 65535)]
    public int? ServingPort { get; set; }

    /// <summary>Fixed replica count (sets both minimum and maximum).</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int? Replicas { get; set; }

    [Parameter]
    [ValidateRange(0, 1000)]
    public int? MinReplicas { get; set; }

    [Parameter]
    [ValidateRange(1, 1000)]
    public int? MaxReplicas { get; set; }

    protected override WorkloadKind Kind => WorkloadKind.Inference;

    protected override void AddKindParameters(WorkloadSubmission submission)
    {
        submission.ServingPort = ServingPort;
        submission.MinReplicas = MinReplicas ?? Replicas;
        submission.MaxReplicas = MaxReplicas ?? Replicas;
    }
}
