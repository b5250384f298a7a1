using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>Submits a workspace (an interactive workload that runs until stopped).</summary>
[Cmdlet(VerbsCommon.New, "RunaiWorkspace", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(Client.Workloads.Workload))]
public sealed class NewRunaiWorkspaceCommand : NewWorkloadCmdlet
{
    protected override WorkloadKind Kind => WorkloadKind.Workspace;
}
