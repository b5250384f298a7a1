using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>Lists the pods of workloads.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiWorkloadPod", DefaultParameterSetName = ObjectSet)]
[OutputType(typeof(WorkloadPod))]
public sealed class GetRunaiWorkloadPodCommand : WorkloadTargetCmdlet
{
    protected override void ProcessRecord()
    {
        var client = RequireConnection().Workloads();
        foreach (var workload in ResolveTargets(client))
        {
            foreach (var page in StreamPages(client.ListPodPagesAsync(workload.Id, CancellationToken))) WriteObject(page, enumerateCollection: true);
        }
    }
}
