using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>Lists the events of workloads, oldest first (-Newest: newest first).</summary>
[Cmdlet(VerbsCommon.Get, "RunaiWorkloadEvent", DefaultParameterSetName = ObjectSet)]
[OutputType(typeof(WorkloadEvent))]
public sealed class GetRunaiWorkloadEventCommand : WorkloadTargetCmdlet
{
    [Parameter]
    public SwitchParameter Newest { get; set; }

    protected override void ProcessRecord()
    {
        var client = RequireConnection().Workloads();
        foreach (var workload in ResolveTargets(client))
        {
            foreach (var page in StreamPages(client.ListEventPagesAsync(workload.Id, Newest, CancellationToken)))
            {
                foreach (var item in page)
                {
                    item.WorkloadName = workload.Name;
                    WriteObject(item);
                }
            }
        }
    }
}
