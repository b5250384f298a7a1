using System.Text.Json.Nodes;

namespace Runai.Emulator.Workloads;

/// <summary>One stored workload: what was submitted plus its phase timeline. Mutated only under the store's lock.</summary>
public sealed class WorkloadRecord
{
    public required Guid Id { get; init; }
    public required long Sequence { get; init; }
    public required WorkloadKind Kind { get; init; }
    public required string Name { get; init; }
    public required string RequestedName { get; init; }
    public required string ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required string DepartmentId { get; init; }
    public required string DepartmentName { get; init; }
    public required string ClusterId { get; init; }
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The request's <c>spec</c> object as submitted (never null: an empty object when absent).</summary>
    public required JsonObject Spec { get; init; }

    /// <summary>Distributed only: <c>masterSpec</c> and <c>masterSpecSameAsWorker</c> as submitted.</summary>
    public JsonObject? MasterSpec { get; init; }
    public bool? MasterSpecSameAsWorker { get; init; }

    /// <summary>Submitted with <c>RUNAI_EMULATOR_FAIL=true</c> among its environment variables.</summary>
    public required bool FailureRequested { get; init; }

    public string DesiredPhase { get; set; } = "Running";
    public DateTimeOffset? DeletedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Replaced as a whole on every command, so readers always see a consistent plan without locking.</summary>
    public IReadOnlyList<WorkloadTransition> Timeline { get; set; } = [];
}
