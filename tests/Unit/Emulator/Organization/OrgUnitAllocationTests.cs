using System.Net;
using System.Text.Json.Nodes;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator.Organization;

/// <summary>Projects and departments report what the workloads in them really allocate and request.</summary>
public sealed class OrgUnitAllocationTests : IClassFixture<AllocationEmulator>
{
    private const string Departments = "/api/v1/org-unit/departments";
    private const string Projects = "/api/v1/org-unit/projects";

    private readonly AllocationEmulator emulator;

    public OrgUnitAllocationTests(AllocationEmulator emulator)
    {
        this.emulator = emulator;
        emulator.Reset();
    }

    [Fact]
    public async Task A_project_allocates_a_trainings_gpus_only_while_it_runs_and_requests_them_from_pending_on()
    {
        var project = await CreateProject("team-a");
        await Submit("trainings", "bert", project, Compute(gpus: 2, cpuCores: 0.5, memory: "2G"));

        await AssertUsage(project, allocatedGpu: 0, requestedGpu: 0); // Creating: not yet with the scheduler
        Advance(1);
        await AssertUsage(project, allocatedGpu: 0, requestedGpu: 2); // Pending
        Advance(1);
        var running = await AssertUsage(project, allocatedGpu: 2, requestedGpu: 2);
        var allocated = running["status"]!["quotaStatus"]!["allocated"]!;
        Assert.Equal(500, (double)allocated["cpu"]!);
        Assert.Equal(2000, (double)allocated["memory"]!);
        Assert.Equal(0, (double)running["status"]!["quotaStatus"]!["allocatedNonPreemptible"]!["gpu"]!); // trainings are preemptible
        var pool = PoolStatus(running, "default");
        Assert.Equal(allocated.ToJsonString(), pool["allocated"]!.ToJsonString());
        Advance(4);
        await AssertUsage(project, allocatedGpu: 0, requestedGpu: 0); // Completed
    }

    [Fact]
    public async Task Suspending_frees_the_gpus_and_resuming_takes_them_again()
    {
        var project = await CreateProject("team-a");
        var id = await Submit("trainings", "pausable", project, Compute(gpus: 3));
        Advance(2.5);
        await AssertUsage(project, allocatedGpu: 3, requestedGpu: 3);

        await emulator.PostAsync($"/api/v1/workloads/trainings/{id}/suspend", null, HttpStatusCode.Accepted);
        Advance(1);
        await AssertUsage(project, allocatedGpu: 0, requestedGpu: 0); // Stopped

        await emulator.PostAsync($"/api/v1/workloads/trainings/{id}/resume", null, HttpStatusCode.Accepted);
        await AssertUsage(project, allocatedGpu: 0, requestedGpu: 3); // Resuming: pods wait for the scheduler again
        Advance(1);
        await AssertUsage(project, allocatedGpu: 3, requestedGpu: 3);
    }

    [Fact]
    public async Task A_deleted_workload_allocates_nothing()
    {
        var project = await CreateProject("team-a");
        var id = await Submit("workspaces", "jupyter", project, Compute(gpus: 1));
        Advance(2);
        await AssertUsage(project, allocatedGpu: 1, requestedGpu: 1);

        var (status, _) = await emulator.SendAsync(HttpMethod.Delete, $"/api/v1/workloads/workspaces/{id}");
        Assert.Equal(HttpStatusCode.Accepted, status);
        await AssertUsage(project, allocatedGpu: 0, requestedGpu: 0);
    }

    [Fact]
    public async Task A_department_reports_the_sum_of_its_projects_and_no_other_departments()
    {
        var research = await CreateDepartment("research");
        var other = await CreateDepartment("other");
        var nlp = await CreateProject("nlp", research);
        var vision = await CreateProject("vision", research);
        var elsewhere = await CreateProject("elsewhere", other);
        await Submit("trainings", "bert", nlp, Compute(gpus: 2, cpuCores: 1));
        await Submit("workspaces", "notebook", vision, new JsonObject
        {
            ["gpuDevicesRequest"] = 1, ["gpuRequestType"] = "portion", ["gpuPortionRequest"] = 0.5, ["cpuCoreRequest"] = 2,
        });
        await Submit("trainings", "resnet", elsewhere, Compute(gpus: 4));
        Advance(2);

        var department = await emulator.GetAsync($"{Departments}/{research}");
        var quota = department["status"]!["quotaStatus"]!;
        Assert.Equal(2.5, (double)quota["allocated"]!["gpu"]!);
        Assert.Equal(3000, (double)quota["allocated"]!["cpu"]!);
        Assert.Equal(2.5, (double)quota["requested"]!["gpu"]!);
        Assert.Equal(2.5, (double)PoolStatus(department, "default")["allocated"]!["gpu"]!);
        Assert.Equal(4, (double)(await emulator.GetAsync($"{Departments}/{other}"))["status"]!["quotaStatus"]!["allocated"]!["gpu"]!);
        var seeded = (await emulator.GetAsync(Departments))["departments"]!.AsArray().Single(d => (string?)d!["name"] == "default")!;
        Assert.Equal(0, (double)seeded["status"]!["quotaStatus"]!["allocated"]!["gpu"]!);
    }

    [Fact]
    public async Task Every_pod_counts_and_a_distributed_master_counts_with_its_own_spec()
    {
        var project = await CreateProject("team-a");
        await Submit("trainings", "parallel", project, Compute(gpus: 1), new JsonObject { ["parallelism"] = 3 });
        await Submit("distributed", "ddp", project, Compute(gpus: 2), new JsonObject { ["numWorkers"] = 2, ["distributedFramework"] = "PyTorch" },
            new JsonObject { ["masterSpecSameAsWorker"] = false, ["masterSpec"] = new JsonObject { ["compute"] = Compute(gpus: 0, cpuCores: 1) } });
        Advance(2);

        // 3 training pods × 1 GPU, plus 2 workers × 2 GPUs and a master without GPUs.
        await AssertUsage(project, allocatedGpu: 7, requestedGpu: 7);
    }

    [Fact]
    public async Task Non_preemptible_workloads_count_as_allocated_non_preemptible()
    {
        var project = await CreateProject("team-a");
        await Submit("trainings", "urgent", project, Compute(gpus: 2), new JsonObject { ["preemptibility"] = "non-preemptible" });
        await Submit("trainings", "casual", project, Compute(gpus: 1));
        Advance(2);

        var answer = await AssertUsage(project, allocatedGpu: 3, requestedGpu: 3);
        Assert.Equal(2, (double)answer["status"]!["quotaStatus"]!["allocatedNonPreemptible"]!["gpu"]!);
    }

    [Fact]
    public async Task Usage_is_reported_in_the_node_pool_the_workload_runs_in()
    {
        await emulator.PostAsync("/api/v1/node-pools", new JsonObject
        {
            ["name"] = "a100", ["clusterId"] = AllocationEmulator.Cluster1, ["labelKey"] = "node-type", ["labelValue"] = "a100",
        }, HttpStatusCode.Created);
        var project = await CreateProject("team-a");
        await Submit("trainings", "pooled", project, Compute(gpus: 2), new JsonObject { ["nodePools"] = new JsonArray("a100", "default") });
        await Submit("trainings", "nowhere", project, Compute(gpus: 5), new JsonObject { ["nodePools"] = new JsonArray("h100") });
        Advance(2);

        var answer = await AssertUsage(project, allocatedGpu: 2, requestedGpu: 2); // a pool the cluster lacks counts nowhere
        Assert.Equal(2, (double)PoolStatus(answer, "a100")["allocated"]!["gpu"]!);
        Assert.Equal(0, (double)PoolStatus(answer, "default")["allocated"]!["gpu"]!);
    }

    [Fact]
    public async Task The_gpuAllocated_filter_and_sort_use_the_real_allocation()
    {
        var busy = await CreateProject("busy");
        await CreateProject("idle");
        await Submit("trainings", "bert", busy, Compute(gpus: 2));
        Advance(2);

        var filtered = (await emulator.GetAsync($"{Projects}?filterBy=gpuAllocated%3E%3D1"))["projects"]!.AsArray();
        Assert.Equal(["busy"], filtered.Select(p => (string)p!["name"]!));
        var sorted = (await emulator.GetAsync($"{Projects}?sortBy=gpuAllocated&sortOrder=desc"))["projects"]!.AsArray();
        Assert.Equal(["busy", "idle"], sorted.Select(p => (string)p!["name"]!));
    }

    [ContractFact]
    public async Task Projects_and_departments_with_usage_still_match_the_contract()
    {
        var research = await CreateDepartment("research");
        var project = await CreateProject("nlp", research);
        await Submit("trainings", "bert", project, Compute(gpus: 2, cpuCores: 0.25, memory: "512Mi"));
        await Submit("inferences", "llm", project, Compute(gpus: 1));
        Advance(2);

        ContractShape.AssertResponseMatches(await emulator.GetAsync($"{Projects}/{project}"), "/api/v1/org-unit/projects/{projectId}");
        ContractShape.AssertResponseMatches(await emulator.GetAsync(Projects), Projects);
        ContractShape.AssertResponseMatches(await emulator.GetAsync($"{Departments}/{research}"), "/api/v1/org-unit/departments/{departmentId}");
        ContractShape.AssertResponseMatches(await emulator.GetAsync(Departments), Departments);
    }

    private void Advance(double seconds) => emulator.Clock.Advance(TimeSpan.FromSeconds(seconds));

    private static JsonObject Compute(int gpus, double? cpuCores = null, string? memory = null)
    {
        var compute = new JsonObject { ["gpuDevicesRequest"] = gpus };
        if (cpuCores is { } cores) compute["cpuCoreRequest"] = cores;
        if (memory is not null) compute["cpuMemoryRequest"] = memory;
        return compute;
    }

    private async Task<string> CreateDepartment(string name)
    {
        var created = await emulator.PostAsync(Departments, new JsonObject
        {
            ["name"] = name, ["clusterId"] = AllocationEmulator.Cluster1,
            ["resources"] = new JsonArray { new JsonObject { ["nodePool"] = new JsonObject { ["id"] = "1" }, ["gpu"] = new JsonObject { ["deserved"] = 8 } } },
        }, HttpStatusCode.Created);
        return (string)created!["id"]!;
    }

    private async Task<string> CreateProject(string name, string? departmentId = null)
    {
        var body = new JsonObject { ["name"] = name, ["clusterId"] = AllocationEmulator.Cluster1, ["resources"] = new JsonArray() };
        if (departmentId is not null) body["parentId"] = departmentId;
        var created = await emulator.PostAsync(Projects, body, HttpStatusCode.Created);
        return (string)created!["id"]!;
    }

    private async Task<string> Submit(string segment, string name, string projectId, JsonObject compute, JsonObject? specFields = null, JsonObject? bodyFields = null)
    {
        var spec = new JsonObject { ["image"] = "busybox", ["compute"] = compute };
        foreach (var (key, value) in specFields ?? []) spec[key] = value?.DeepClone();
        var body = new JsonObject { ["name"] = name, ["projectId"] = projectId, ["clusterId"] = AllocationEmulator.Cluster1, ["spec"] = spec };
        foreach (var (key, value) in bodyFields ?? []) body[key] = value?.DeepClone();
        var created = await emulator.PostAsync($"/api/v1/workloads/{segment}", body, HttpStatusCode.Accepted);
        return (string)created!["workloadId"]!;
    }

    private async Task<JsonObject> AssertUsage(string projectId, double allocatedGpu, double requestedGpu)
    {
        var project = await emulator.GetAsync($"{Projects}/{projectId}");
        var quota = project["status"]!["quotaStatus"]!;
        Assert.Equal(allocatedGpu, (double)quota["allocated"]!["gpu"]!);
        Assert.Equal(requestedGpu, (double)quota["requested"]!["gpu"]!);
        var pools = project["status"]!["nodePoolQuotaStatuses"]!.AsArray();
        Assert.Equal(allocatedGpu, pools.Sum(p => (double)p!["allocated"]!["gpu"]!));
        return project;
    }

    private static JsonObject PoolStatus(JsonObject unit, string poolName) =>
        unit["status"]!["nodePoolQuotaStatuses"]!.AsArray().Single(p => (string?)p!["nodePoolName"] == poolName)!.AsObject();
}
