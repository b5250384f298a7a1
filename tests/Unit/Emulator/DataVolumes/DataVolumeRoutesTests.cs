using System.Net;
using System.Text.Json.Nodes;
using Runai.Tests.Unit.Emulator.Organization;

namespace Runai.Tests.Unit.Emulator.DataVolumes;

/// <summary>
/// The emulator's data volumes: the list requires requestType; a name is unique per cluster (409); the project must
/// exist; PATCH changes the description only; shared scopes must exist, are listed, and are removed only when shared.
/// </summary>
public sealed class DataVolumeRoutesTests : IClassFixture<OrganizationEmulator>
{
    private const string DataVolumes = "/api/v1/datavolumes";
    private readonly OrganizationEmulator emulator;

    public DataVolumeRoutesTests(OrganizationEmulator emulator)
    {
        this.emulator = emulator;
        emulator.Reset();
    }

    [Fact]
    public async Task The_list_and_count_require_requestType()
    {
        var (withoutType, _) = await emulator.SendAsync(HttpMethod.Get, DataVolumes);
        var (countWithoutType, _) = await emulator.SendAsync(HttpMethod.Get, DataVolumes + "/count");
        var listed = await emulator.GetAsync(DataVolumes + "?requestType=Originated");

        Assert.Equal(HttpStatusCode.BadRequest, withoutType);
        Assert.Equal(HttpStatusCode.BadRequest, countWithoutType);
        Assert.Empty(listed["datavolumes"]!.AsArray());
    }

    [Fact]
    public async Task A_name_is_unique_in_the_cluster_and_the_project_must_exist()
    {
        var (teamA, teamB) = await ProjectsAsync();
        var created = await emulator.CreateAsync(DataVolumes, Body("imagenet", teamA));

        var (duplicate, _) = await emulator.SendAsync(HttpMethod.Post, DataVolumes, Body("imagenet", teamB));
        var (unknownProject, _) = await emulator.SendAsync(HttpMethod.Post, DataVolumes, Body("coco", "424242"));

        Assert.Equal("imagenet", (string?)created["name"]);
        Assert.Equal(teamA, (string?)created["projectId"]);
        Assert.Equal("team-a", (string?)created["projectName"]);
        Assert.Empty(created["sharedScopes"]!.AsArray());
        Assert.Equal(HttpStatusCode.Conflict, duplicate);
        Assert.Equal(HttpStatusCode.BadRequest, unknownProject);
        var listed = await emulator.GetAsync($"{DataVolumes}?requestType=Originated&filterBy=projectId=={teamA}");
        Assert.Equal((string?)created["id"], (string?)Assert.Single(listed["datavolumes"]!.AsArray())!["id"]);
    }

    [Fact]
    public async Task Patch_changes_the_description_and_shares_are_added_listed_and_removed()
    {
        var (teamA, teamB) = await ProjectsAsync();
        var id = (string)(await emulator.CreateAsync(DataVolumes, Body("imagenet", teamA)))["id"]!;

        var (patched, patchedBody) = await emulator.SendAsync(HttpMethod.Patch, $"{DataVolumes}/{id}", new JsonObject { ["description"] = "new" });
        var share = new JsonObject { ["scopeType"] = "project", ["scopeId"] = teamB };
        var (added, shares) = await emulator.SendAsync(HttpMethod.Patch, $"{DataVolumes}/{id}/sharedScopes", new JsonObject { ["add"] = new JsonArray { share.DeepClone() } });
        var (again, _) = await emulator.SendAsync(HttpMethod.Patch, $"{DataVolumes}/{id}/sharedScopes", new JsonObject { ["add"] = new JsonArray { share.DeepClone() } });
        var (unknown, _) = await emulator.SendAsync(HttpMethod.Patch, $"{DataVolumes}/{id}/sharedScopes",
            new JsonObject { ["add"] = new JsonArray { new JsonObject { ["scopeType"] = "department", ["scopeId"] = "424242" } } });
        var (listed, listedShares) = await emulator.SendAsync(HttpMethod.Get, $"{DataVolumes}/{id}/sharedScopes");
        var (removed, left) = await emulator.SendAsync(HttpMethod.Patch, $"{DataVolumes}/{id}/sharedScopes", new JsonObject { ["remove"] = new JsonArray { share.DeepClone() } });
        var (removedAgain, _) = await emulator.SendAsync(HttpMethod.Patch, $"{DataVolumes}/{id}/sharedScopes", new JsonObject { ["remove"] = new JsonArray { share.DeepClone() } });

        Assert.Equal(HttpStatusCode.OK, patched);
        Assert.Equal("new", (string?)patchedBody!["description"]);
        Assert.Equal(HttpStatusCode.OK, added);
        Assert.Equal("team-b", (string?)Assert.Single(shares!.AsArray())!["scopeName"]);
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Equal(HttpStatusCode.OK, listed);
        Assert.Equal(teamB, (string?)Assert.Single(listedShares!.AsArray())!["scopeId"]);
        Assert.Equal(HttpStatusCode.OK, removed);
        Assert.Empty(left!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, removedAgain);
    }

    [Fact]
    public async Task UsableInProject_lists_what_originated_in_the_project_or_is_shared_with_it_its_department_or_its_cluster()
    {
        var (teamA, teamB) = await ProjectsAsync();
        var otherDepartment = (string)(await emulator.CreateDepartmentAsync("dv-other", 1))["id"]!;
        var teamC = (string)(await emulator.CreateProjectAsync("team-c", otherDepartment, 1))["id"]!;
        var own = await CreateAsync("own", teamA);
        var sharedWithProject = await CreateAsync("to-project", teamB, ("project", teamA));
        var department = (string)(await emulator.GetAsync($"/api/v1/org-unit/projects/{teamA}"))["parentId"]!;
        var sharedWithDepartment = await CreateAsync("to-department", teamC, ("department", department));
        var cluster = (string)(await emulator.GetAsync($"/api/v1/org-unit/projects/{teamA}"))["clusterId"]!;
        var sharedWithCluster = await CreateAsync("to-cluster", teamC, ("cluster", cluster));
        await CreateAsync("elsewhere", teamC, ("project", teamB));

        var usable = await emulator.GetAsync($"{DataVolumes}?requestType=UsableInProject&usableInProjectId={teamA}");
        var count = await emulator.GetAsync($"{DataVolumes}/count?requestType=UsableInProject&usableInProjectId={teamA}");
        var named = await emulator.GetAsync($"{DataVolumes}?requestType=UsableInProject&usableInProjectId={teamA}&filterBy=name==to-cluster");
        var (withoutProject, _) = await emulator.SendAsync(HttpMethod.Get, $"{DataVolumes}?requestType=UsableInProject");
        var (unknownProject, _) = await emulator.SendAsync(HttpMethod.Get, $"{DataVolumes}?requestType=UsableInProject&usableInProjectId=424242");

        Assert.Equal(new[] { own, sharedWithProject, sharedWithDepartment, sharedWithCluster },
            usable["datavolumes"]!.AsArray().Select(v => (string)v!["id"]!).ToArray());
        Assert.Equal(4, (int)count["count"]!);
        Assert.Equal(sharedWithCluster, (string?)Assert.Single(named["datavolumes"]!.AsArray())!["id"]);
        Assert.Equal(HttpStatusCode.BadRequest, withoutProject);
        Assert.Equal(HttpStatusCode.BadRequest, unknownProject);
        Assert.Equal(5, (await emulator.GetAsync($"{DataVolumes}?requestType=Originated"))["datavolumes"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_name_is_available_until_a_data_volume_in_the_cluster_has_it()
    {
        var (teamA, teamB) = await ProjectsAsync();
        var cluster = (string)(await emulator.GetAsync($"/api/v1/org-unit/projects/{teamA}"))["clusterId"]!;
        var (before, _) = await emulator.SendAsync(HttpMethod.Get, $"{DataVolumes}/name-availability?dataName=imagenet&clusterId={cluster}");
        await CreateAsync("imagenet", teamA);
        var (after, problem) = await emulator.SendAsync(HttpMethod.Get, $"{DataVolumes}/name-availability?dataName=imagenet&clusterId={cluster}");
        var (other, _) = await emulator.SendAsync(HttpMethod.Get, $"{DataVolumes}/name-availability?dataName=coco&clusterId={cluster}");

        Assert.Equal(HttpStatusCode.NoContent, before);
        Assert.Equal(HttpStatusCode.Conflict, after);
        Assert.Contains("imagenet", (string?)problem!["message"]);
        Assert.Equal(HttpStatusCode.NoContent, other);
    }

    private async Task<string> CreateAsync(string name, string projectId, params (string Type, string Id)[] shares)
    {
        var id = (string)(await emulator.CreateAsync(DataVolumes, Body(name, projectId)))["id"]!;
        foreach (var (type, scopeId) in shares)
        {
            var add = new JsonObject { ["add"] = new JsonArray { new JsonObject { ["scopeType"] = type, ["scopeId"] = scopeId } } };
            var (status, _) = await emulator.SendAsync(HttpMethod.Patch, $"{DataVolumes}/{id}/sharedScopes", add);
            Assert.Equal(HttpStatusCode.OK, status);
        }
        return id;
    }

    private async Task<(string TeamA, string TeamB)> ProjectsAsync()
    {
        var department = (string)(await emulator.CreateDepartmentAsync("dv-research", 2))["id"]!;
        var teamA = (string)(await emulator.CreateProjectAsync("team-a", department, 1))["id"]!;
        var teamB = (string)(await emulator.CreateProjectAsync("team-b", department, 1))["id"]!;
        return (teamA, teamB);
    }

    private static JsonObject Body(string name, string projectId) => new()
    {
        ["name"] = name, ["projectId"] = projectId, ["originPvcName"] = name + "-pvc", ["description"] = "d",
    };
}
