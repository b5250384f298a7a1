using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Runai.Emulator;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Workloads;

namespace Runai.Tests.Unit.Emulator.Workloads;

/// <summary>The store and its lifecycle on a fake clock: phases advance only when the clock does.</summary>
public sealed class WorkloadLifecycleTests
{
    private const string ClusterId = "00000000-0000-4000-8000-000000000001";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));

    private WorkloadStore Store(double speed = 1, IProjectDirectory? projects = null) =>
        new(clock, new EmulatorOptions { LifecycleSpeed = speed }, projects);

    private static JsonObject Request(string name, string projectId = "1", JsonObject? spec = null) => new()
    {
        ["name"] = name, ["projectId"] = projectId, ["clusterId"] = ClusterId, ["spec"] = spec ?? new JsonObject(),
    };

    private static WorkloadRecord Create(WorkloadStore store, WorkloadKind kind, JsonObject request) =>
        store.Create(kind, request, "tester");

    private static ApiProblem Refusal(WorkloadStore store, JsonObject request, WorkloadKind kind = WorkloadKind.Training) =>
        Assert.Throws<ApiProblem>(() => store.Create(kind, request, "tester"));

    private string PhaseAfter(WorkloadStore store, WorkloadRecord workload, double seconds)
    {
        clock.Advance(TimeSpan.FromSeconds(seconds));
        return WorkloadLifecycle.PhaseAt(store.Find(workload.Id)!, store.Now);
    }

    [Fact]
    public void Training_goes_from_creating_through_pending_and_running_to_completed()
    {
        var store = Store();
        var training = Create(store, WorkloadKind.Training, Request("bert"));

        Assert.Equal("Creating", WorkloadLifecycle.PhaseAt(training, store.Now));
        Assert.Equal("Pending", PhaseAfter(store, training, 1));
        Assert.Equal("Running", PhaseAfter(store, training, 1));
        Assert.Equal("Running", PhaseAfter(store, training, 3.9));
        Assert.Equal("Completed", PhaseAfter(store, training, 0.1));
        Assert.Equal("Completed", PhaseAfter(store, training, 3600));
    }

    [Fact]
    public void Lifecycle_speed_divides_every_duration()
    {
        var store = Store(speed: 10);
        var training = Create(store, WorkloadKind.Training, Request("fast"));

        Assert.Equal("Running", PhaseAfter(store, training, 0.2));
        Assert.Equal("Completed", PhaseAfter(store, training, 0.4));
    }

    [Fact]
    public void Failure_variable_makes_a_training_fail_with_a_message_and_a_warning_event()
    {
        var store = Store();
        var spec = new JsonObject
        {
            ["environmentVariables"] = new JsonArray(new JsonObject { ["name"] = "RUNAI_EMULATOR_FAIL", ["value"] = "true" }),
        };
        var training = Create(store, WorkloadKind.Training, Request("doomed", spec: spec));

        Assert.Equal("Failed", PhaseAfter(store, training, 10));
        var summary = WorkloadViews.Summary(training, store.Now);
        Assert.Contains("RUNAI_EMULATOR_FAIL", summary["phaseMessage"]!.GetValue<string>());
        Assert.NotNull(summary["completedAt"]);
        var last = WorkloadViews.Events(training, store.Now).Last();
        Assert.Equal("Warning", last["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(WorkloadKind.Workspace)]
    [InlineData(WorkloadKind.Inference)]
    public void Workspaces_and_inferences_stay_running(WorkloadKind kind)
    {
        var store = Store();
        var workload = Create(store, kind, Request("long-lived"));

        Assert.Equal("Running", PhaseAfter(store, workload, 2));
        Assert.Equal("Running", PhaseAfter(store, workload, 86400));
    }

    [Fact]
    public void Suspend_stops_and_resume_runs_again_and_a_resumed_training_still_completes()
    {
        var store = Store();
        var training = Create(store, WorkloadKind.Training, Request("pausable"));
        Assert.Equal("Running", PhaseAfter(store, training, 2.5));

        Assert.True(store.Suspend(WorkloadKind.Training, training.Id));
        Assert.Equal("Stopping", WorkloadLifecycle.PhaseAt(training, store.Now));
        Assert.Equal("Stopped", PhaseAfter(store, training, 1));
        Assert.Equal("Stopped", PhaseAfter(store, training, 60)); // the original completion time has passed
        Assert.Equal("Stopped", training.DesiredPhase);

        Assert.True(store.Resume(WorkloadKind.Training, training.Id));
        Assert.Equal("Resuming", WorkloadLifecycle.PhaseAt(training, store.Now));
        Assert.Equal("Running", PhaseAfter(store, training, 1));
        Assert.Equal("Completed", PhaseAfter(store, training, 4));
        Assert.Equal("Running", training.DesiredPhase);
    }

    [Fact]
    public void Suspend_and_resume_answer_not_found_for_another_kind_or_an_unknown_id()
    {
        var store = Store();
        var workspace = Create(store, WorkloadKind.Workspace, Request("jupyter"));

        Assert.False(store.Suspend(WorkloadKind.Training, workspace.Id));
        Assert.False(store.Resume(WorkloadKind.Workspace, Guid.NewGuid()));
        Assert.True(store.Suspend(WorkloadKind.Workspace, workspace.Id));
    }

    [Fact]
    public void Names_are_unique_per_project_among_live_workloads_of_any_kind()
    {
        var store = Store();
        var first = Create(store, WorkloadKind.Training, Request("bert", "1"));

        var duplicate = Refusal(store, Request("bert", "1"), WorkloadKind.Workspace);
        Assert.Equal(409, duplicate.Status);
        Assert.Contains("bert", duplicate.Message);

        Create(store, WorkloadKind.Training, Request("bert", "2"));
        Assert.True(store.Delete(WorkloadKind.Training, first.Id));
        Create(store, WorkloadKind.Training, Request("bert", "1"));
        Assert.Single(store.Snapshot(deleted: true));
        Assert.Equal(2, store.Snapshot(deleted: false).Count);
    }

    [Theory]
    [InlineData("Bert")]
    [InlineData("-bert")]
    [InlineData("bert_1")]
    [InlineData("1bert")]
    public void Names_that_are_not_dns_labels_are_refused(string name)
    {
        Assert.Equal(400, Refusal(Store(), Request(name)).Status);
    }

    [Fact]
    public void Given_name_as_prefix_gets_a_random_suffix()
    {
        var request = Request("sweep");
        request["useGivenNameAsPrefix"] = true;
        var workload = Create(Store(), WorkloadKind.Training, request);

        Assert.Equal("sweep", workload.RequestedName);
        Assert.Matches("^sweep-[a-z0-9]{5}$", workload.Name);
    }

    [Fact]
    public void With_a_project_directory_the_project_must_exist_on_the_requested_cluster()
    {
        var directory = new FakeProjects(new ProjectReference("7", "team-a", ClusterId, "3"));
        var store = Store(projects: directory);

        var workload = Create(store, WorkloadKind.Training, Request("bert", "7"));
        Assert.Equal("team-a", workload.ProjectName);
        Assert.Equal("3", workload.DepartmentId);

        Assert.Equal(400, Refusal(store, Request("other", "8")).Status);
        var wrongCluster = Request("other", "7");
        wrongCluster["clusterId"] = "00000000-0000-4000-8000-000000000002";
        Assert.Equal(400, Refusal(store, wrongCluster).Status);
    }

    [Fact]
    public void Reset_forgets_every_workload()
    {
        var store = Store();
        Create(store, WorkloadKind.Training, Request("bert"));
        ((IResettable)store).Reset();
        Assert.Empty(store.Snapshot(deleted: false));
        Create(store, WorkloadKind.Training, Request("bert"));
    }

    [Fact]
    public void Pods_follow_the_spec_and_exist_from_pending_until_stopped()
    {
        var store = Store();
        var spec = new JsonObject { ["numWorkers"] = 3, ["image"] = "pytorch/pytorch:2.3" };
        var distributed = Create(store, WorkloadKind.Distributed, Request("ddp", spec: spec));
        Assert.Empty(WorkloadPods.List(distributed, store.Now));

        clock.Advance(TimeSpan.FromSeconds(2.5));
        var pods = WorkloadPods.List(distributed, store.Now);
        Assert.Equal(4, pods.Count);
        Assert.Equal("ddp-master-0", pods[0]["name"]!.GetValue<string>());
        Assert.All(pods, p => Assert.Equal("Running", p["k8sPhase"]!.GetValue<string>()));
        Assert.Equal(pods.Select(p => p["id"]!.ToString()), WorkloadPods.List(distributed, store.Now).Select(p => p["id"]!.ToString()));

        store.Suspend(WorkloadKind.Distributed, distributed.Id);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(WorkloadPods.List(distributed, store.Now));
    }

    [Fact]
    public void Metrics_are_zero_outside_running_and_repeatable()
    {
        var store = Store();
        var training = Create(store, WorkloadKind.Training, Request("bert"));
        var start = store.Now;
        clock.Advance(TimeSpan.FromSeconds(10));

        var series = WorkloadMetrics.Series(training, ["GPU_UTILIZATION"], start, start.AddSeconds(8), 9);
        var values = series["measurements"]![0]!["values"]!.AsArray().Select(v => double.Parse(v!["value"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(9, values.Count);
        Assert.Equal(0, values[0]);                                       // creating
        Assert.All(values.Skip(2).Take(4), v => Assert.InRange(v, 55, 95)); // running from 2 s to 6 s
        Assert.Equal(0, values[8]);                                       // completed
        Assert.Equal(series.ToJsonString(), WorkloadMetrics.Series(training, ["GPU_UTILIZATION"], start, start.AddSeconds(8), 9).ToJsonString());
    }

    private sealed class FakeProjects(params ProjectReference[] projects) : IProjectDirectory
    {
        public ProjectReference? FindProject(string projectId) => projects.FirstOrDefault(p => p.Id == projectId);
    }
}
