using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Workloads;

/// <summary>All workloads of every kind; names are unique per project among live workloads.</summary>
public sealed partial class WorkloadStore(TimeProvider time, EmulatorOptions options, IProjectDirectory? projects = null)
    : IResettable, IProjectAllocations
{
    private readonly object _gate = new();
    private readonly List<WorkloadRecord> _workloads = [];
    private readonly WorkloadLifecycle _lifecycle = new(options.LifecycleSpeed);
    private long _sequence;

    public DateTimeOffset Now => time.GetUtcNow();

    [GeneratedRegex("^[a-z]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex NamePattern();

    public void Reset()
    {
        lock (_gate)
        {
            _workloads.Clear();
            _sequence = 0;
        }
    }

    /// <summary>Creates a workload from a typed create request; refusals are <see cref="ApiProblem"/>s (400, 409).</summary>
    /// <param name="seededPhase">A seed's workload: already in this phase, and held there until a command.</param>
    public WorkloadRecord Create(WorkloadKind kind, JsonObject body, string createdBy, string? seededPhase = null)
    {
        var requestedName = Text(body["name"]);
        var projectId = Text(body["projectId"]);
        var clusterId = Text(body["clusterId"]);
        if (string.IsNullOrEmpty(requestedName)) throw ApiProblem.BadRequest("The field 'name' is required.");
        if (string.IsNullOrEmpty(projectId)) throw ApiProblem.BadRequest("The field 'projectId' is required.");
        if (!Guid.TryParse(clusterId, out _)) throw ApiProblem.BadRequest("The field 'clusterId' must be a cluster uuid.");
        if (body["spec"] is not (null or JsonObject)) throw ApiProblem.BadRequest("The field 'spec' must be an object.");

        ProjectReference project;
        if (projects is null)
        {
            project = new ProjectReference(projectId, "project-" + projectId, clusterId!, "1");
        }
        else
        {
            var found = projects.FindProject(projectId);
            if (found is null) throw ApiProblem.BadRequest($"Project '{projectId}' does not exist.");
            if (!string.Equals(found.ClusterId, clusterId, StringComparison.OrdinalIgnoreCase))
                throw ApiProblem.BadRequest($"Project '{found.Name}' belongs to cluster '{found.ClusterId}', not '{clusterId}'.");
            project = found;
        }

        var usePrefix = body["useGivenNameAsPrefix"] is JsonValue prefix && prefix.TryGetValue<bool>(out var p) && p;
        var spec = (body["spec"] as JsonObject)?.DeepClone().AsObject() ?? new JsonObject();
        lock (_gate)
        {
            var name = usePrefix ? $"{requestedName}-{RandomSuffix()}" : requestedName;
            if (name.Length > 63 || !NamePattern().IsMatch(name))
                throw ApiProblem.BadRequest($"Invalid workload name '{name}': use lower-case letters, digits and '-', start with a letter, at most 63 characters.");
            if (_workloads.Any(w => w.DeletedAt is null && w.ProjectId == project.Id && w.Name == name))
                throw ApiProblem.Conflict($"A workload named '{name}' already exists in project '{project.Name}'.");

            var now = Now;
            var workload = new WorkloadRecord
            {
                Id = Guid.NewGuid(),
                Sequence = ++_sequence,
                Kind = kind,
                Name = name,
                RequestedName = requestedName,
                ProjectId = project.Id,
                ProjectName = project.Name,
                DepartmentId = project.DepartmentId,
                DepartmentName = "department-" + project.DepartmentId,
                ClusterId = clusterId!,
                CreatedBy = createdBy,
                CreatedAt = now,
                Spec = spec,
                MasterSpec = kind == WorkloadKind.Distributed ? (body["masterSpec"] as JsonObject)?.DeepClone().AsObject() : null,
                MasterSpecSameAsWorker = kind == WorkloadKind.Distributed && body["masterSpecSameAsWorker"] is JsonValue same
                                         && same.TryGetValue<bool>(out var s) ? s : null,
                FailureRequested = RequestsFailure(spec),
                UpdatedAt = now,
            };
            if (seededPhase is null) _lifecycle.PlanCreate(workload, now);
            else
            {
                WorkloadLifecycle.PlanSeeded(workload, now, seededPhase);
                if (seededPhase == "Stopped") workload.DesiredPhase = "Stopped";
            }
            _workloads.Add(workload);
            return workload;
        }
    }

    /// <summary>A live workload by id, optionally only of one kind (typed routes answer 404 for other kinds).</summary>
    public WorkloadRecord? Find(Guid id, WorkloadKind? kind = null)
    {
        lock (_gate)
        {
            return _workloads.FirstOrDefault(w => w.Id == id && w.DeletedAt is null && (kind is null || w.Kind == kind));
        }
    }

    /// <summary>Live workloads (or, with <paramref name="deleted"/>, only deleted ones) in creation order.</summary>
    public IReadOnlyList<WorkloadRecord> Snapshot(bool deleted)
    {
        lock (_gate)
        {
            return _workloads.Where(w => (w.DeletedAt is not null) == deleted).ToList();
        }
    }

    /// <summary>Allocated: phase Running (pods placed). Requested: also Pending and Resuming (pods waiting for the
    /// scheduler). Creating, Stopping, Stopped, Completed, Failed and deleted workloads count nowhere.</summary>
    public IReadOnlyDictionary<string, PoolAllocation> AllocationsOf(IReadOnlyCollection<string> projectIds)
    {
        var now = Now;
        var result = new Dictionary<string, PoolAllocation>(StringComparer.Ordinal);
        foreach (var workload in Snapshot(deleted: false))
        {
            if (!projectIds.Contains(workload.ProjectId)) continue;
            var phase = WorkloadLifecycle.PhaseAt(workload, now);
            var allocated = phase == "Running";
            if (!allocated && phase is not ("Pending" or "Resuming")) continue;
            var amounts = WorkloadResources.Of(workload);
            var usage = new PoolAllocation(
                allocated ? amounts : default,
                allocated && !WorkloadViews.IsPreemptible(workload) ? amounts : default,
                amounts);
            var pool = WorkloadViews.FirstNodePool(workload.Spec);
            result[pool] = result.GetValueOrDefault(pool, PoolAllocation.Zero) + usage;
        }
        return result;
    }

    public bool Suspend(WorkloadKind kind, Guid id) => Command(kind, id, (w, now) =>
    {
        w.DesiredPhase = "Stopped";
        _lifecycle.PlanSuspend(w, now);
    });

    public bool Resume(WorkloadKind kind, Guid id) => Command(kind, id, (w, now) =>
    {
        w.DesiredPhase = "Running";
        _lifecycle.PlanResume(w, now);
    });

    public bool Delete(WorkloadKind kind, Guid id) => Command(kind, id, (w, now) =>
    {
        w.DesiredPhase = "Deleted";
        w.DeletedAt = now;
    });

    /// <summary>
    /// Merges <paramref name="spec"/> into a live workload's spec (PATCH semantics: a field given replaces that field,
    /// null removes it, absent ones stay); null when there is no such workload of that kind.
    /// </summary>
    public WorkloadRecord? UpdateSpec(WorkloadKind kind, Guid id, JsonObject spec)
    {
        WorkloadRecord? updated = null;
        Command(kind, id, (w, _) =>
        {
            foreach (var (field, value) in spec)
            {
                if (value is null) w.Spec.Remove(field);
                else w.Spec[field] = value.DeepClone();
            }
            updated = w;
        });
        return updated;
    }

    private bool Command(WorkloadKind kind, Guid id, Action<WorkloadRecord, DateTimeOffset> apply)
    {
        lock (_gate)
        {
            var workload = _workloads.FirstOrDefault(w => w.Id == id && w.Kind == kind && w.DeletedAt is null);
            if (workload is null) return false;
            var now = Now;
            apply(workload, now);
            workload.UpdatedAt = now;
            return true;
        }
    }

    private static bool RequestsFailure(JsonObject spec) =>
        spec["environmentVariables"] is JsonArray variables
        && variables.OfType<JsonObject>().Any(v => Text(v["name"]) == WorkloadLifecycle.FailureVariable
                                                  && string.Equals(Text(v["value"]), "true", StringComparison.OrdinalIgnoreCase));

    private static string RandomSuffix() =>
        new(Enumerable.Range(0, 5).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789"[Random.Shared.Next(36)]).ToArray());

    internal static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
