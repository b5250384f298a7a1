using System;

namespace Runai.Client.Workloads;

/// <summary>The workload kinds with typed routes under <c>/api/v1/workloads</c>.</summary>
public enum WorkloadKind
{
    Workspace,
    Training,
    Distributed,
    Inference,
}

public static class WorkloadKinds
{
    /// <summary>The typed route's segment: <c>/api/v1/workloads/{segment}</c>.</summary>
    public static string RouteSegment(this WorkloadKind kind) => kind switch
    {
        WorkloadKind.Workspace => "workspaces",
        WorkloadKind.Training => "trainings",
        WorkloadKind.Distributed => "distributed",
        WorkloadKind.Inference => "inferences",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Lower-case word for messages ("training 'bert' in project 'team-a'").</summary>
    public static string Noun(this WorkloadKind kind) => kind switch
    {
        WorkloadKind.Distributed => "distributed training",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The kind of a list item's <c>type</c> (the control plane reports e.g. "Training"; older ones "runai-job").</summary>
    public static WorkloadKind? FromType(string? type)
    {
        if (string.IsNullOrEmpty(type)) return null;
        foreach (WorkloadKind kind in Enum.GetValues(typeof(WorkloadKind)))
        {
            if (string.Equals(type, kind.ToString(), StringComparison.OrdinalIgnoreCase)) return kind;
        }
        return type!.ToLowerInvariant() switch
        {
            "interactive" or "interactiveworkload" => WorkloadKind.Workspace,
            "train" or "trainingworkload" or "runai-job" => WorkloadKind.Training,
            "distributedworkload" => WorkloadKind.Distributed,
            "inferenceworkload" => WorkloadKind.Inference,
            _ => null,
        };
    }
}
