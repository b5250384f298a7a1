using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator.Workloads;

/// <summary>The workload routes over HTTP against an in-process emulator, and their answers against the contract.</summary>
public sealed class WorkloadRouteTests(WorkloadEmulatorFixture emulator) : IClassFixture<WorkloadEmulatorFixture>, IDisposable
{
    public void Dispose() => emulator.Reset();

    public static TheoryData<string, string> Kinds => new()
    {
        { "workspaces", "Workspace1" },
        { "trainings", "Training1" },
        { "distributed", "DistributedWorkload" },
        { "inferences", "Inference1" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Create_answers_202_with_the_typed_shape_and_get_returns_it(string segment, string schema)
    {
        var spec = new { image = "python:3.11", command = "python", args = "train.py", compute = new { gpuDevicesRequest = 1 } };
        var (status, created) = await emulator.Post($"/api/v1/workloads/{segment}",
            new { name = "job-1", projectId = emulator.ProjectA, clusterId = WorkloadEmulatorFixture.ClusterId, spec });

        Assert.Equal(202, status);
        Assert.Equal("python:3.11", created!["spec"]!["image"]!.GetValue<string>());
        var id = created["workloadId"]!.GetValue<string>();
        var (getStatus, fetched) = await emulator.Get($"/api/v1/workloads/{segment}/{id}");
        Assert.Equal(200, getStatus);
        Assert.Equal("job-1", fetched!["name"]!.GetValue<string>());
        Assert.Equal("Running", fetched["desiredPhase"]!.GetValue<string>());
        if (ContractShape.Available)
        {
            ContractShape.AssertMatches(created, schema);
            ContractShape.AssertMatches(fetched, schema);
        }
    }

    [Fact]
    public async Task Typed_get_of_another_kind_is_404_and_the_cross_kind_get_finds_any_kind()
    {
        var id = await emulator.Create("workspaces", "jupyter");

        Assert.Equal(404, (await emulator.Get($"/api/v1/workloads/trainings/{id}")).Status);
        var (status, workload) = await emulator.Get($"/api/v1/workloads/{id}");
        Assert.Equal(200, status);
        Assert.Equal("Workspace", workload!["type"]!.GetValue<string>());
        Assert.Equal(404, (await emulator.Get($"/api/v1/workloads/{Guid.NewGuid()}")).Status);
    }

    [Fact]
    public async Task Duplicate_name_in_a_project_is_409_in_the_error_shape()
    {
        await emulator.Create("trainings", "bert");
        var (status, error) = await emulator.Post("/api/v1/workloads/inferences",
            new { name = "bert", projectId = emulator.ProjectA, clusterId = WorkloadEmulatorFixture.ClusterId });

        Assert.Equal(409, status);
        Assert.Equal(409, error!["code"]!.GetValue<int>());
        Assert.Contains("bert", error["message"]!.GetValue<string>());
    }

    [ContractFact]
    public async Task List_pods_and_events_match_the_contract()
    {
        var id = await emulator.Create("distributed", "ddp", spec: new { numWorkers = 2, distributedFramework = "PyTorch" },
            extra: new { masterSpecSameAsWorker = true });
        await emulator.Create("inferences", "llm", spec: new { image = "nvcr.io/nim/meta/llama3-8b-instruct:1.0.0", servingPort = new { container = 8000 } });

        var (_, list) = await emulator.Get("/api/v1/workloads");
        foreach (var workload in list!["workloads"]!.AsArray()) ContractShape.AssertMatches(workload, "Workload");
        var (_, single) = await emulator.Get($"/api/v1/workloads/{id}");
        ContractShape.AssertMatches(single, "WorkloadDetailed");
        Assert.Equal("PyTorch", single!["distributedFramework"]!.GetValue<string>());

        var (_, pods) = await emulator.Get($"/api/v1/workloads/{id}/pods");
        Assert.Equal(3, pods!["pods"]!.AsArray().Count);
        foreach (var pod in pods["pods"]!.AsArray()) ContractShape.AssertMatches(pod, "Pod1");

        var (_, events) = await emulator.Get($"/api/v1/workloads/{id}/events");
        Assert.NotEmpty(events!["events"]!.AsArray());
        foreach (var item in events["events"]!.AsArray()) ContractShape.AssertMatches(item, "Event2");

        var (_, count) = await emulator.Get("/api/v1/workloads/count");
        Assert.Equal(2, count!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Lifecycle_shows_in_the_list_training_completes_workspace_runs_suspend_stops_resume_runs()
    {
        var training = await emulator.Create("trainings", "bert");
        var workspace = await emulator.Create("workspaces", "jupyter");

        Assert.Equal("Completed", await Phase(training));
        Assert.Equal("Running", await Phase(workspace));

        Assert.Equal(202, (await emulator.Post($"/api/v1/workloads/workspaces/{workspace}/suspend")).Status);
        Assert.Equal("Stopped", await Phase(workspace));
        Assert.Equal("Stopped", (await emulator.Get($"/api/v1/workloads/workspaces/{workspace}")).Body!["desiredPhase"]!.GetValue<string>());
        Assert.Equal(202, (await emulator.Post($"/api/v1/workloads/workspaces/{workspace}/resume")).Status);
        Assert.Equal("Running", await Phase(workspace));
        Assert.Equal(404, (await emulator.Post($"/api/v1/workloads/trainings/{workspace}/suspend")).Status);
    }

    [Fact]
    public async Task Failure_variable_fails_the_training_over_http()
    {
        var id = await emulator.Create("trainings", "doomed",
            spec: new { environmentVariables = new[] { new { name = "RUNAI_EMULATOR_FAIL", value = "true" } } });

        var (_, workload) = await emulator.Get($"/api/v1/workloads/{id}");
        Assert.Equal("Failed", workload!["phase"]!.GetValue<string>());
        Assert.Equal("Failed", workload["conditions"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_hides_the_workload_and_deleted_true_lists_it()
    {
        var id = await emulator.Create("inferences", "llm");

        var (status, accepted) = await emulator.Send(HttpMethod.Delete, $"/api/v1/workloads/inferences/{id}");
        Assert.Equal(202, status);
        Assert.Equal(202, accepted!["code"]!.GetValue<int>());
        Assert.Equal(404, (await emulator.Get($"/api/v1/workloads/inferences/{id}")).Status);
        Assert.Empty((await emulator.Get("/api/v1/workloads")).Body!["workloads"]!.AsArray());
        var deleted = (await emulator.Get("/api/v1/workloads?deleted=true")).Body!["workloads"]!.AsArray();
        Assert.Equal(id, Assert.Single(deleted)!["id"]!.GetValue<string>());
        Assert.NotNull(deleted[0]!["deletedAt"]);
        Assert.Equal(404, (await emulator.Send(HttpMethod.Delete, $"/api/v1/workloads/inferences/{id}")).Status);
    }

    [Fact]
    public async Task FilterBy_narrows_list_and_count()
    {
        await emulator.Create("trainings", "bert-a", projectId: emulator.ProjectA);
        await emulator.Create("trainings", "bert-b", projectId: emulator.ProjectB);
        await emulator.Create("workspaces", "jupyter", projectId: emulator.ProjectA);
        await emulator.Create("inferences", "llm", projectId: emulator.ProjectB);

        Assert.Equal(["bert-a", "bert-b"], await Names("filterBy=type==Training"));
        Assert.Equal(["bert-a", "jupyter"], await Names($"filterBy=projectId=={emulator.ProjectA}"));
        Assert.Equal(["bert-a"], await Names($"filterBy=type==Training,projectId=={emulator.ProjectA}"));
        Assert.Equal(["bert-a", "bert-b"], await Names("filterBy=name=^bert"));
        Assert.Equal(["jupyter", "llm"], await Names("filterBy=phase==Running"));
        Assert.Equal(["jupyter"], await Names($"filterBy=name!@bert,projectId=={emulator.ProjectA}"));
        Assert.Equal(["bert-b", "llm"], await Names($"filterBy=projectId!={emulator.ProjectA}"));
        Assert.Equal(["jupyter"], await Names("search=JUP"));
        Assert.Equal(2, (await emulator.Get($"/api/v1/workloads/count?filterBy=projectId=={emulator.ProjectB}")).Body!["count"]!.GetValue<int>());
        Assert.Equal(400, (await emulator.Get("/api/v1/workloads?filterBy=colour==red")).Status);
        Assert.Equal(400, (await emulator.Get("/api/v1/workloads?filterBy=name")).Status);
    }

    [Fact]
    public async Task SortBy_and_sortOrder_order_the_list()
    {
        foreach (var name in new[] { "charlie", "alpha", "bravo" }) await emulator.Create("trainings", name);

        Assert.Equal(["charlie", "alpha", "bravo"], await Names(""));
        Assert.Equal(["alpha", "bravo", "charlie"], await Names("sortBy=name"));
        Assert.Equal(["charlie", "bravo", "alpha"], await Names("sortBy=name&sortOrder=desc"));
        Assert.Equal(400, (await emulator.Get("/api/v1/workloads?sortBy=colour")).Status);
    }

    [Fact]
    public async Task Paging_walks_every_workload_once_with_next()
    {
        for (var i = 0; i < 7; i++) await emulator.Create("trainings", $"job-{i}");

        var seen = new List<string>();
        int? offset = 0;
        var pages = 0;
        while (offset is not null)
        {
            var (_, page) = await emulator.Get($"/api/v1/workloads?limit=3&offset={offset}");
            seen.AddRange(page!["workloads"]!.AsArray().Select(w => w!["name"]!.GetValue<string>()));
            offset = page["next"]?.GetValue<int>();
            pages++;
        }
        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"job-{i}"), seen);
        Assert.Equal(400, (await emulator.Get("/api/v1/workloads?limit=501")).Status);
        Assert.Equal(400, (await emulator.Get("/api/v1/workloads?limit=0")).Status);
        Assert.Equal(400, (await emulator.Get("/api/v1/workloads?offset=-1")).Status);
    }

    [Fact]
    public async Task Events_are_newest_first_unless_asc()
    {
        var id = await emulator.Create("trainings", "bert");

        var newest = (await emulator.Get($"/api/v1/workloads/{id}/events")).Body!["events"]!.AsArray();
        var oldest = (await emulator.Get($"/api/v1/workloads/{id}/events?sortOrder=asc")).Body!["events"]!.AsArray();
        Assert.Equal(["Completed", "Started", "Scheduling", "Submitted"], newest.Select(e => e!["reason"]!.GetValue<string>()));
        Assert.Equal("Submitted", oldest[0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Metrics_return_the_requested_series_and_validate_the_query()
    {
        var id = await emulator.Create("trainings", "bert");
        var start = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("o");
        var end = DateTimeOffset.UtcNow.ToString("o");

        var (status, metrics) = await emulator.Get(
            $"/api/v1/workloads/{id}/metrics?metricType=GPU_UTILIZATION,CPU_USAGE_CORES&start={Uri.EscapeDataString(start)}&end={Uri.EscapeDataString(end)}&numberOfSamples=5");
        Assert.Equal(200, status);
        var measurements = metrics!["measurements"]!.AsArray();
        Assert.Equal(["GPU_UTILIZATION", "CPU_USAGE_CORES"], measurements.Select(m => m!["type"]!.GetValue<string>()));
        Assert.All(measurements, m => Assert.Equal(5, m!["values"]!.AsArray().Count));
        if (ContractShape.Available) ContractShape.AssertMatches(metrics, "MetricsCompositeResponse");

        var range = $"start={Uri.EscapeDataString(start)}&end={Uri.EscapeDataString(end)}";
        Assert.Equal(400, (await emulator.Get($"/api/v1/workloads/{id}/metrics?{range}")).Status);
        Assert.Equal(400, (await emulator.Get($"/api/v1/workloads/{id}/metrics?metricType=HEIGHT&{range}")).Status);
        Assert.Equal(400, (await emulator.Get($"/api/v1/workloads/{id}/metrics?metricType=GPU_UTILIZATION&start={Uri.EscapeDataString(start)}")).Status);
        Assert.Equal(400, (await emulator.Get($"/api/v1/workloads/{id}/metrics?metricType=GPU_UTILIZATION&start={Uri.EscapeDataString(end)}&end={Uri.EscapeDataString(start)}")).Status);
    }

    [Fact]
    public async Task Inference_metrics_answer_throughput_and_latency_for_inferences_only()
    {
        var inference = await emulator.Create("inferences", "llm");
        var training = await emulator.Create("trainings", "bert");
        var range = $"start={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(-1).ToString("o"))}&end={Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("o"))}";

        var (status, metrics) = await emulator.Get($"/api/v1/workloads/inferences/{inference}/metrics?metricType=THROUGHPUT,LATENCY&{range}");
        Assert.Equal(200, status);
        Assert.Equal(2, metrics!["measurements"]!.AsArray().Count);
        Assert.Equal(404, (await emulator.Get($"/api/v1/workloads/inferences/{training}/metrics?metricType=THROUGHPUT&{range}")).Status);
    }

    [Fact]
    public async Task Bad_create_bodies_are_400()
    {
        Assert.Equal(400, (await emulator.Post("/api/v1/workloads/trainings", new { projectId = emulator.ProjectA, clusterId = WorkloadEmulatorFixture.ClusterId })).Status);
        Assert.Equal(400, (await emulator.Post("/api/v1/workloads/trainings", new { name = "x", projectId = emulator.ProjectA, clusterId = "cluster-1" })).Status);
        Assert.Equal(400, (await emulator.Post("/api/v1/workloads/trainings", new { name = "Bad_Name", projectId = emulator.ProjectA, clusterId = WorkloadEmulatorFixture.ClusterId })).Status);
        Assert.Equal(400, (await emulator.Get("/api/v1/workloads/not-a-uuid")).Status);
    }

    // The shape checker itself must be able to fail, or the contract assertions above prove nothing.
    [ContractFact]
    public async Task Reports_a_real_workload_broken_in_a_required_field_a_type_an_enum_and_a_uuid()
    {
        var id = await emulator.Create("trainings", "bert");
        var (_, workload) = await emulator.Get($"/api/v1/workloads/{id}");
        ContractShape.AssertMatches(workload, "Workload");

        var broken = workload!.AsObject();
        broken.Remove("projectId");
        broken["name"] = 5;
        broken["phase"] = "Sleeping";
        broken["id"] = "nope";

        var problems = ContractShape.Violations(broken, "Workload");
        Assert.Contains(problems, p => p.StartsWith("Workload $: ", StringComparison.Ordinal) && p.Contains("\"projectId\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Workload $.name: ", StringComparison.Ordinal) && p.Contains("\"string\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Workload $.phase: \"Sleeping\" is not one of", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Workload $.id: ", StringComparison.Ordinal) && p.Contains("uuid", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    }

    private async Task<string> Phase(string id) =>
        (await emulator.Get($"/api/v1/workloads/{id}")).Body!["phase"]!.GetValue<string>();

    private async Task<string[]> Names(string query)
    {
        var (status, list) = await emulator.Get("/api/v1/workloads?" + query);
        Assert.Equal(200, status);
        return list!["workloads"]!.AsArray().Select(w => w!["name"]!.GetValue<string>()).ToArray();
    }
}
