namespace Runai.Emulator.Workloads;

/// <summary>
/// Plans phase timelines. Every command (create, suspend, resume) drops the not-yet-reached transitions and appends a
/// new plan starting now; the phase at any moment is the last transition at or before it. Durations are divided by
/// <c>--lifecycle-speed</c>, so tests can run a whole training in milliseconds.
/// </summary>
public sealed class WorkloadLifecycle(double speed)
{
    public const string FailureVariable = "RUNAI_EMULATOR_FAIL";

    // Seconds at speed 1, from the command that starts the plan.
    private const double CreatingSeconds = 1, PendingSeconds = 1, RunningSeconds = 4, StoppingSeconds = 1, ResumingSeconds = 1;

    private readonly double _speed = speed > 0 ? speed : 1;

    public static readonly IReadOnlySet<string> TerminalPhases = new HashSet<string>(StringComparer.Ordinal) { "Completed", "Failed" };

    public void PlanCreate(WorkloadRecord workload, DateTimeOffset now)
    {
        Truncate(workload, now);
        var at = now;
        Add(workload, at, "Creating", "Normal", "Submitted", $"{workload.Kind.TypeName()} '{workload.Name}' was submitted.");
        at = at.Add(Scaled(CreatingSeconds));
        Add(workload, at, "Pending", "Normal", "Scheduling", "Waiting for the scheduler to allocate resources.");
        at = at.Add(Scaled(PendingSeconds));
        PlanRunning(workload, at);
    }

    /// <summary>The phases a seed may put a workload of <paramref name="kind"/> in.</summary>
    public static IReadOnlyList<string> SeedablePhases(WorkloadKind kind) => kind switch
    {
        WorkloadKind.Inference => ["Creating", "Pending", "Running", "Failed"],
        WorkloadKind.Workspace => ["Creating", "Pending", "Running", "Stopped", "Failed"],
        _ => ["Creating", "Pending", "Running", "Stopped", "Completed", "Failed"],
    };

    /// <summary>
    /// A seeded workload's past: the transitions that lead to <paramref name="phase"/>, a second apart and ending now,
    /// with nothing planned after it, so the seeded phase holds until a command (suspend, resume) changes it.
    /// </summary>
    public static void PlanSeeded(WorkloadRecord workload, DateTimeOffset now, string phase)
    {
        var steps = new List<(string Phase, string Type, string Reason, string Message)>
        {
            ("Creating", "Normal", "Submitted", $"{workload.Kind.TypeName()} '{workload.Name}' was submitted."),
        };
        if (phase != "Creating") steps.Add(("Pending", "Normal", "Scheduling", "Waiting for the scheduler to allocate resources."));
        if (phase is not ("Creating" or "Pending")) steps.Add(("Running", "Normal", "Started", $"Started container of '{workload.Name}'."));
        switch (phase)
        {
            case "Stopped":
                steps.Add(("Stopping", "Normal", "Suspending", "The workload is being suspended."));
                steps.Add(("Stopped", "Normal", "Suspended", "The workload was suspended; its pods were removed."));
                break;
            case "Completed":
                steps.Add(("Completed", "Normal", "Completed", "All pods completed successfully."));
                break;
            case "Failed":
                steps.Add(("Failed", "Warning", "BackoffLimitExceeded", "Container exited with code 1 (seeded as failed)."));
                break;
        }
        workload.Timeline = steps.Select((s, i) => new WorkloadTransition(now.AddSeconds(i - steps.Count + 1), s.Phase, s.Type, s.Reason, s.Message)).ToList();
    }

    public void PlanSuspend(WorkloadRecord workload, DateTimeOffset now)
    {
        var phase = PhaseAt(workload, now);
        if (TerminalPhases.Contains(phase) || phase is "Stopped" or "Stopping") return;
        Truncate(workload, now);
        Add(workload, now, "Stopping", "Normal", "Suspending", "The workload is being suspended.");
        Add(workload, now.Add(Scaled(StoppingSeconds)), "Stopped", "Normal", "Suspended", "The workload was suspended; its pods were removed.");
    }

    public void PlanResume(WorkloadRecord workload, DateTimeOffset now)
    {
        var phase = PhaseAt(workload, now);
        if (phase is not ("Stopped" or "Stopping")) return;
        Truncate(workload, now);
        Add(workload, now, "Resuming", "Normal", "Resuming", "The workload is being resumed.");
        PlanRunning(workload, now.Add(Scaled(ResumingSeconds)));
    }

    public static string PhaseAt(WorkloadRecord workload, DateTimeOffset now) => TransitionAt(workload, now).Phase;

    /// <summary>The transition that set the phase current at <paramref name="now"/>.</summary>
    public static WorkloadTransition TransitionAt(WorkloadRecord workload, DateTimeOffset now)
    {
        var current = workload.Timeline[0];
        foreach (var transition in workload.Timeline)
        {
            if (transition.At > now) break;
            current = transition;
        }
        return current;
    }

    /// <summary>The transitions that have happened by <paramref name="now"/>, oldest first.</summary>
    public static IEnumerable<WorkloadTransition> History(WorkloadRecord workload, DateTimeOffset now) =>
        workload.Timeline.Where(t => t.At <= now);

    private void PlanRunning(WorkloadRecord workload, DateTimeOffset at)
    {
        Add(workload, at, "Running", "Normal", "Started", $"Started container of '{workload.Name}'.");
        var end = at.Add(Scaled(RunningSeconds));
        if (workload.FailureRequested)
            Add(workload, end, "Failed", "Warning", "BackoffLimitExceeded",
                $"Container exited with code 1 ({FailureVariable}=true requested a failure).");
        else if (workload.Kind.RunsToCompletion())
            Add(workload, end, "Completed", "Normal", "Completed", "All pods completed successfully.");
    }

    private TimeSpan Scaled(double seconds) => TimeSpan.FromSeconds(seconds / _speed);

    private static void Truncate(WorkloadRecord workload, DateTimeOffset now) =>
        workload.Timeline = workload.Timeline.Where(t => t.At <= now).ToList();

    private static void Add(WorkloadRecord workload, DateTimeOffset at, string phase, string type, string reason, string message) =>
        workload.Timeline = [.. workload.Timeline, new WorkloadTransition(at, phase, type, reason, message)];
}
