using Runai.Client.Resources;

namespace Runai.Client.Workloads;

/// <summary>
/// The cross-kind workloads view (<c>/api/v1/workloads</c>): list, count and get. Creating, suspending and deleting go
/// through the typed routes of each kind (<see cref="WorkloadsClient"/>).
/// </summary>
public static class WorkloadResource
{
    public static readonly ResourceDescriptor<Workload> Descriptor = new()
    {
        Route = "api/v1/workloads",
        Noun = "workload",
        Schema = "Workload",
        ItemType = WorkloadsJsonContext.Default.Workload,
        ListType = WorkloadsJsonContext.Default.ListWorkload,
        ListEnvelope = "workloads",
        IdFormat = ResourceIdFormat.Uuid,
        LiteralSegments = new[] { "batch", "count", "distributed", "distributed-inferences", "inferences", "pods", "telemetry", "trainings", "workspaces" },
        IdOf = w => w.Id,
        NameOf = w => w.Name,
        ScopeField = "projectId",
        ScopeOf = w => w.ProjectId,
        Operations = new() { List = new[] { 200 }, Count = new[] { 200 }, Get = new[] { 200 } },
    };
}
