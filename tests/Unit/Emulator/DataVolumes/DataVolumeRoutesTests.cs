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
