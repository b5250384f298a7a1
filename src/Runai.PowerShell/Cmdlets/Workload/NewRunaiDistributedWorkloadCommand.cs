using System;
using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>Submits a distributed training (a master and workers under a framework such as PyTorch or MPI).</summary>
[Cmdlet(VerbsCommon.New, "RunaiDistributedWorkload", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(Client.Workloads.Workload))]
public sealed class NewRunaiDistributedWorkloadCommand : NewWorkloadCmdlet
{
    [Parameter(Mandatory = true)]
    [ValidateSet("PyTorch", "MPI", "TF", "XGBoost", "JAX")]
    public string? Framework { get; set; }

    /// <summary>Number of worker pods.</summary>
    [Parameter(Mandatory = true)]
    [ValidateRange(1, 10000)]
    public int Workers { get; set; }

    /// <summary>The master's own spec (hashtable or JSON); by default the master is like a worker.</summary>
    [Parameter]
    [ValidateNotNull]
    public object? Master { get; set; }

    protected override WorkloadKind Kind => WorkloadKind.Distributed;

    protected override void AddKindParameters(WorkloadSubmission submission)
    {
        submission.Framework = Framework;
        submission.Workers = Workers;
        if (Master is not null)
            submission.MasterSpec = PSObjectJson.FromBodyParameter(Master) as JsonObject
                                    ?? throw new ArgumentException("-Master must be a hashtable or a JSON object.");
    }
}
