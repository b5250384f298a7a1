namespace Runai.Emulator.Workloads;

/// <summary>The four workload kinds the typed routes create; each has its route segment and list-view labels.</summary>
public enum WorkloadKind
{
    Workspace,
    Training,
    Distributed,
    Inference,
}

public static class WorkloadKinds
{
    public static readonly IReadOnlyList<WorkloadKind> All =
        [WorkloadKind.Workspace, WorkloadKind.Training, WorkloadKind.Distributed, WorkloadKind.Inference];

    /// <summary>Path segment under /api/v1/workloads.</summary>
    public static string RouteSegment(this WorkloadKind kind) => kind switch
    {
        WorkloadKind.Workspace => "workspaces",
        WorkloadKind.Training => "trainings",
        WorkloadKind.Distributed => "distributed",
        WorkloadKind.Inference => "inferences",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The <c>type</c> the cross-kind list reports.</summary>
    public static string TypeName(this WorkloadKind kind) => kind.ToString();

    public static string Category(this WorkloadKind kind) => kind switch
    {
        WorkloadKind.Workspace => "Build",
        WorkloadKind.Inference => "Deploy",
        _ => "Train",
    };

    public static string PriorityClassName(this WorkloadKind kind) => kind switch
    {
        WorkloadKind.Workspace => "build",
        WorkloadKind.Inference => "inference",
        _ => "train",
    };

    public static int Priority(this WorkloadKind kind) => kind switch
    {
        WorkloadKind.Workspace => 100,
        WorkloadKind.Inference => 125,
        _ => 50,
    };

    /// <summary>Trainings and distributed trainings finish; workspaces and inferences run until stopped.</summary>
    public static bool RunsToCompletion(this WorkloadKind kind) =>
        kind is WorkloadKind.Training or WorkloadKind.Distributed;
}
