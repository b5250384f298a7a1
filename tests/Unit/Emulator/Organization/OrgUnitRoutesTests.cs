using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Runai.Emulator.Infrastructure;
using Runai.Tests.Unit.Support;
using Xunit.Abstractions;

namespace Runai.Tests.Unit.Emulator.Organization;

public sealed class OrgUnitRoutesTests : IClassFixture<OrganizationEmulator>
{
    private const string Departments = "/api/v1/org-unit/departments";
    private const string Projects = "/api/v1/org-unit/projects";

    private readonly OrganizationEmulator emulator;
    private readonly ITestOutputHelper output;

    public OrgUnitRoutesTests(OrganizationEmulator emulator, ITestOutputHelper output)
    {
        this.emulator = emulator;
        this.output = output;
        emulator.Reset();
    }

    [Fact]
    public async Task The_default_department_is_seeded_with_all_gpus_of_the_default_pool()
    {
        var list = await emulator.GetAsync(Departments);

        var department = Assert.Single(list["departments"]!.AsArray())!;
        Assert.Equal("default", (string)department["name"]!);
        Assert.Equal(32, (double)department["totalResources"]!["gpuQuota"]!);
        Assert.Null(list["next"]);
        AssertShape(list, Departments);
    }

    [Fact]
    public async Task A_department_is_created_read_and_matches_the_contract()
    {
        var created = await emulator.CreateAsync(Departments, new JsonObject
        {
            ["name"] = "research", ["clusterId"] = OrganizationEmulator.Cluster1, ["description"] = "ML research",
            ["resources"] = new JsonArray
            {
                new JsonObject
                {
                    ["nodePool"] = new JsonObject { ["id"] = "1" },
                    ["gpu"] = new JsonObject { ["deserved"] = 8, ["limit"] = 12, ["overQuotaWeight"] = 2 },
                    ["cpu"] = new JsonObject { ["deserved"] = 16000 },
                    ["memory"] = new JsonObject { ["deserved"] = 64, ["units"] = "GB" },
                },
            },
            ["schedulingRules"] = new JsonObject { ["trainingJobTimeLimitSeconds"] = 3600 },
            ["defaultNodePools"] = new JsonArray("default"),
        });

        Assert.Equal("ML research", (string)created["description"]!);
        Assert.Equal(12, (double)OrganizationEmulator.PoolEntry(created, "default")["gpu"]!["limit"]!);
        Assert.Equal(new JsonObject { ["gpuQuota"] = 8, ["cpuQuota"] = 16000, ["memoryQuota"] = 64000 }.ToJsonString(),
            created["totalResources"]!.ToJsonString());
        Assert.Equal(3600, (int)created["schedulingRules"]!["trainingJobTimeLimitSeconds"]!);
        Assert.Equal(created.ToJsonString(), (await emulator.GetAsync($"{Departments}/{created["id"]}")).ToJsonString());
        AssertShape(created, Departments, "post", 201);
    }

    [Fact]
    public async Task Duplicate_bad_and_unknown_departments_are_refused()
    {
        await emulator.CreateDepartmentAsync("research", 4);

        Assert.Equal(HttpStatusCode.Conflict, (await emulator.SendAsync(HttpMethod.Post, Departments, Body("research"))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await emulator.SendAsync(HttpMethod.Post, Departments, Body("Research"))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await emulator.SendAsync(HttpMethod.Post, Departments, Body(new string('a', 64)))).Status);
        var unknownCluster = Body("other");
        unknownCluster["clusterId"] = "00000000-0000-4000-8000-000000000009";
        Assert.Equal(HttpStatusCode.BadRequest, (await emulator.SendAsync(HttpMethod.Post, Departments, unknownCluster)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await emulator.SendAsync(HttpMethod.Get, $"{Departments}/999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await emulator.SendAsync(HttpMethod.Delete, $"{Departments}/999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await emulator.SendAsync(HttpMethod.Put, $"{Departments}/999", Body("x"))).Status);

        static JsonObject Body(string name) => new() { ["name"] = name, ["clusterId"] = OrganizationEmulator.Cluster1, ["resources"] = new JsonArray() };
    }

    [Fact]
    public async Task A_project_without_a_parent_joins_the_default_department()
    {
        var project = await emulator.CreateProjectAsync("team-a", null, 2);

        var defaultDepartment = (await emulator.GetAsync($"{Departments}?filterBy=name==default"))["departments"]![0]!;
        Assert.Equal((string)defaultDepartment["id"]!, (string)project["parentId"]!);
        Assert.Equal("runai-team-a", (string)project["status"]!["namespace"]!);
        Assert.True((bool)project["enforceRunaiScheduler"]!);
        AssertShape(project, Projects, "post", 201);
        AssertShape(await emulator.GetAsync($"{Projects}/{project["id"]}"), $"{Projects}/{{projectId}}");
    }

    [Fact]
    public async Task A_project_names_an_existing_department_and_a_unique_name()
    {
        var research = (string)(await emulator.CreateDepartmentAsync("research", 8))["id"]!;
        await emulator.CreateProjectAsync("team-a", research, 2);

        var (duplicate, _) = await emulator.SendAsync(HttpMethod.Post, Projects, ProjectBody("team-a", research, 1));
        var (unknownParent, message) = await emulator.SendAsync(HttpMethod.Post, Projects, ProjectBody("team-b", "424242", 1));
        var (badName, _) = await emulator.SendAsync(HttpMethod.Post, Projects, ProjectBody("team_b", research, 1));
        var (unknownPool, _) = await emulator.SendAsync(HttpMethod.Post, Projects, ProjectBody("team-c", research, 1, poolId: "77"));

        Assert.Equal(HttpStatusCode.Conflict, duplicate);
        Assert.Equal(HttpStatusCode.BadRequest, unknownParent);
        Assert.Contains("424242", (string)message!["message"]!);
        Assert.Equal(HttpStatusCode.BadRequest, badName);
        Assert.Equal(HttpStatusCode.BadRequest, unknownPool);
    }

    [Fact]
    public async Task A_project_cannot_deserve_more_gpus_than_its_department_in_a_pool()
    {
        var research = (string)(await emulator.CreateDepartmentAsync("research", 8))["id"]!;

        var (status, body) = await emulator.SendAsync(HttpMethod.Post, Projects, ProjectBody("team-a", research, 9));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("exceeds", (string)body!["message"]!);
        Assert.Equal(0, (int)(await emulator.GetAsync($"{Projects}/count"))["count"]!);
        await emulator.CreateProjectAsync("team-a", research, 8);
    }

    [Fact]
    public async Task A_department_cannot_shrink_below_a_projects_quota()
    {
        var research = (string)(await emulator.CreateDepartmentAsync("research", 8))["id"]!;
        await emulator.CreateProjectAsync("team-a", research, 6);

        var (shrink, _) = await emulator.SendAsync(HttpMethod.Patch, $"{Departments}/{research}/resources",
            new JsonArray { OrganizationEmulator.Quota("1", 4) });
        var (grow, resources) = await emulator.SendAsync(HttpMethod.Patch, $"{Departments}/{research}/resources",
            new JsonArray { OrganizationEmulator.Quota("1", 10) });

        Assert.Equal(HttpStatusCode.BadRequest, shrink);
        Assert.Equal(HttpStatusCode.OK, grow);
        Assert.Equal(10, (double)resources![0]!["gpu"]!["deserved"]!);
        AssertShape(resources, $"{Departments}/{{departmentId}}/resources", "patch");
    }

    [Fact]
    public async Task Patching_resources_keeps_the_fields_not_sent_and_put_replaces_them()
    {
        var research = (string)(await emulator.CreateDepartmentAsync("research", 8))["id"]!;
        var project = (string)(await emulator.CreateProjectAsync("team-a", research, 2))["id"]!;
        await emulator.SendAsync(HttpMethod.Patch, $"{Projects}/{project}/resources", new JsonArray
        {
            new JsonObject { ["nodePool"] = new JsonObject { ["id"] = "1" }, ["cpu"] = new JsonObject { ["deserved"] = 2000 } },
        });

        var (_, patched) = await emulator.SendAsync(HttpMethod.Patch, $"{Projects}/{project}/resources", new JsonArray
        {
            new JsonObject { ["nodePool"] = new JsonObject { ["id"] = "1" }, ["gpu"] = new JsonObject { ["limit"] = 4 } },
        });
        Assert.Equal(2, (double)patched![0]!["gpu"]!["deserved"]!);
        Assert.Equal(4, (double)patched[0]!["gpu"]!["limit"]!);
        Assert.Equal(2000, (double)patched[0]!["cpu"]!["deserved"]!);

        var (_, replaced) = await emulator.SendAsync(HttpMethod.Put, $"{Projects}/{project}/resources",
            new JsonArray { OrganizationEmulator.Quota("1", 3) });
        Assert.Equal(3, (double)replaced![0]!["gpu"]!["deserved"]!);
        Assert.Null(replaced[0]!["cpu"]);
        Assert.Null(replaced[0]!["gpu"]!["limit"]);
    }

    [Fact]
    public async Task Put_replaces_the_updatable_fields_of_a_project()
    {
        var project = await emulator.CreateAsync(Projects, new JsonObject
        {
            ["name"] = "team-a", ["clusterId"] = OrganizationEmulator.Cluster1, ["description"] = "first",
            ["resources"] = new JsonArray { OrganizationEmulator.Quota("1", 1) },
            ["schedulingRules"] = new JsonObject { ["interactiveJobTimeLimitSeconds"] = 600 },
        });

        var (status, updated) = await emulator.SendAsync(HttpMethod.Put, $"{Projects}/{project["id"]}", new JsonObject
        {
            ["description"] = "second", ["enforceRunaiScheduler"] = false,
            ["resources"] = new JsonArray { OrganizationEmulator.Quota("1", 2) },
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("second", (string)updated!["description"]!);
        Assert.False((bool)updated["enforceRunaiScheduler"]!);
        Assert.Null(updated["schedulingRules"]);
        Assert.Equal(2, (double)updated["totalResources"]!["gpuQuota"]!);
        Assert.Equal((string)project["createdAt"]!, (string)updated["createdAt"]!);
    }

    [Fact]
    public async Task Deleting_a_department_with_projects_is_refused_until_they_are_gone()
    {
        var research = (string)(await emulator.CreateDepartmentAsync("research", 8))["id"]!;
        var project = (string)(await emulator.CreateProjectAsync("team-a", research, 2))["id"]!;

        Assert.Equal(HttpStatusCode.BadRequest, (await emulator.SendAsync(HttpMethod.Delete, $"{Departments}/{research}")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await emulator.SendAsync(HttpMethod.Delete, $"{Projects}/{project}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await emulator.SendAsync(HttpMethod.Get, $"{Projects}/{project}")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await emulator.SendAsync(HttpMethod.Delete, $"{Departments}/{research}")).Status);
    }

    [Fact]
    public async Task Projects_page_with_offset_limit_and_next()
    {
        for (var i = 0; i < 120; i++) await emulator.CreateProjectAsync($"p-{i:d3}", null, 0);

        var names = new List<string>();
        int? offset = 0;
        var pages = 0;
        while (offset is int o)
        {
            var page = await emulator.GetAsync($"{Projects}?offset={o}&limit=50");
            names.AddRange(page["projects"]!.AsArray().Select(p => (string)p!["name"]!));
            offset = (int?)page["next"];
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 120).Select(i => $"p-{i:d3}"), names);
        Assert.Equal(50, (await emulator.GetAsync(Projects))["projects"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await emulator.SendAsync(HttpMethod.Get, $"{Projects}?limit=501")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await emulator.SendAsync(HttpMethod.Get, $"{Projects}?limit=0")).Status);
    }

    [Theory]
    [InlineData("name==team-b", "team-b")]
    [InlineData("name!=team-b", "team-a,other")]
    [InlineData("name=@eam", "team-a,team-b")]
    [InlineData("name!@eam", "other")]
    [InlineData("name=^team", "team-a,team-b")]
    [InlineData("name=$-a", "team-a")]
    [InlineData("totalGpuQuota>=2", "team-b,other")]
    [InlineData("totalGpuQuota<=2", "team-a,team-b")]
    [InlineData("parentName==research", "team-a,team-b")]
    [InlineData("name=^team,totalGpuQuota>=2", "team-b")]
    public async Task Projects_filter_by_the_contract_operators(string filter, string expected)
    {
        var research = (string)(await emulator.CreateDepartmentAsync("research", 8))["id"]!;
        await emulator.CreateProjectAsync("team-a", research, 1);
        await emulator.CreateProjectAsync("team-b", research, 2);
        await emulator.CreateProjectAsync("other", null, 3);

        var list = await emulator.GetAsync($"{Projects}?filterBy={Uri.EscapeDataString(filter)}");

        Assert.Equal(expected, string.Join(",", list["projects"]!.AsArray().Select(p => (string)p!["name"]!)));
        Assert.Equal(expected.Split(',').Length, (int)(await emulator.GetAsync($"{Projects}/count?filterBy={Uri.EscapeDataString(filter)}"))["count"]!);
    }

    [Fact]
    public async Task Projects_sort_and_reject_unknown_fields()
    {
        await emulator.CreateProjectAsync("b", null, 1);
        await emulator.CreateProjectAsync("c", null, 3);
        await emulator.CreateProjectAsync("a", null, 2);

        var byQuota = await emulator.GetAsync($"{Projects}?sortBy=totalGpuQuota&sortOrder=desc");

        Assert.Equal("c,a,b", string.Join(",", byQuota["projects"]!.AsArray().Select(p => (string)p!["name"]!)));
        Assert.Equal(HttpStatusCode.BadRequest, (await emulator.SendAsync(HttpMethod.Get, $"{Projects}?sortBy=colour")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await emulator.SendAsync(HttpMethod.Get, $"{Projects}?filterBy=colour==red")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await emulator.SendAsync(HttpMethod.Get, $"{Projects}?sortOrder=up")).Status);
    }

    [Fact]
    public async Task The_project_directory_finds_projects_for_the_workloads_area()
    {
        var research = (string)(await emulator.CreateDepartmentAsync("research", 8))["id"]!;
        var project = (string)(await emulator.CreateProjectAsync("team-a", research, 1))["id"]!;
        var directory = emulator.Services.GetRequiredService<IProjectDirectory>();

        Assert.Equal(new ProjectReference(project, "team-a", OrganizationEmulator.Cluster1, research), directory.FindProject(project));
        Assert.Null(directory.FindProject(research));
    }

    [Fact]
    public async Task New_node_pools_appear_in_every_units_resources_with_zero_quota()
    {
        var pool = await emulator.CreateAsync("/api/v1/node-pools", new JsonObject
        {
            ["name"] = "a100", ["clusterId"] = OrganizationEmulator.Cluster1, ["labelKey"] = "gpu", ["labelValue"] = "a100",
        });
        var research = await emulator.CreateAsync(Departments, new JsonObject
        {
            ["name"] = "research", ["clusterId"] = OrganizationEmulator.Cluster1,
            ["resources"] = new JsonArray { OrganizationEmulator.Quota((string)pool["id"]!, 4) },
        });

        Assert.Equal(0, (double)OrganizationEmulator.PoolEntry(research, "default")["gpu"]!["deserved"]!);
        Assert.Equal(4, (double)OrganizationEmulator.PoolEntry(research, "a100")["gpu"]!["deserved"]!);
        var (status, _) = await emulator.SendAsync(HttpMethod.Post, Projects, ProjectBody("team-a", (string)research["id"]!, 1));
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [ContractFact]
    public async Task The_shape_check_reports_a_real_project_broken_in_a_required_field_a_type_and_a_format()
    {
        var project = await emulator.CreateProjectAsync("team-a", null, 1);
        Assert.Empty(ContractShape.Violations(project, "Project"));

        project.Remove("parentId");
        project["enforceRunaiScheduler"] = "yes";
        project["createdAt"] = "yesterday";

        var violations = ContractShape.Violations(project, "Project");
        Assert.Contains(violations, v => v.StartsWith("Project $: ", StringComparison.Ordinal) && v.Contains("\"parentId\"", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Project $.enforceRunaiScheduler: ", StringComparison.Ordinal) && v.Contains("\"boolean\"", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Project $.createdAt: ", StringComparison.Ordinal) && v.Contains("date-time", StringComparison.Ordinal));
        Assert.Equal(3, violations.Count);
    }

    private static JsonObject ProjectBody(string name, string parentId, double gpu, string poolId = "1") => new()
    {
        ["name"] = name, ["clusterId"] = OrganizationEmulator.Cluster1, ["parentId"] = parentId,
        ["resources"] = new JsonArray { OrganizationEmulator.Quota(poolId, gpu) },
    };

    private void AssertShape(JsonNode body, string path, string method = "get", int status = 200)
    {
        if (!ContractShape.Available)
        {
            output.WriteLine("Contract ../shared/runai-api/openapi.json not found: shape check skipped.");
            return;
        }
        ContractShape.AssertResponseMatches(body, path, method, status);
    }
}
