using System.Text.Json;
using System.Text.Json.Nodes;
using Runai.Client.Organization;

namespace Runai.Tests.Unit.Client.Organization;

public sealed class QuotaMergeTests
{
    // A project as a newer control plane might answer: fields the module does not model at every level.
    private const string ProjectJson = """
        {
          "id": "7", "name": "team-a", "clusterId": "00000000-0000-4000-8000-000000000001", "parentId": "2",
          "description": "vision", "enforceRunaiScheduler": true, "futureTopLevel": {"keep": [1, 2]},
          "nodeTypes": {"training": ["t1"]},
          "schedulingRules": {"trainingJobTimeLimitSeconds": 3600, "futureRule": 5},
          "resources": [
            {"nodePool": {"id": "1", "name": "default", "futurePoolField": "x"},
             "gpu": {"deserved": 2, "limit": 4, "futureGpuField": true},
             "cpu": {"deserved": 2000}, "priority": "Normal", "futureEntryField": 9},
            {"nodePool": {"id": "5", "name": "a100"}, "gpu": {"deserved": 1},
             "memory": {"deserved": 64, "units": "GB"}}
          ],
          "status": {"phase": "Ready", "quotaStatus": {"allocated": {"gpu": 1}}},
          "totalResources": {"gpuQuota": 3}, "createdAt": "2026-01-01T00:00:00Z"
        }
        """;

    private static Project Read() => JsonSerializer.Deserialize(ProjectJson, OrganizationJsonContext.Default.Project)!;

    [Fact]
    public void A_quota_change_touches_only_its_pool_and_fields()
    {
        var project = Read();

        QuotaEditor.Apply(project.Resources, new QuotaChange { NodePool = new NodePoolReference { Id = "1", Name = "default" }, Gpu = 3 });

        var body = ProjectResource.Descriptor.RequestBody(project, []);
        var pool = body["resources"]![0]!;
        Assert.Equal(3, (double)pool["gpu"]!["deserved"]!);
        Assert.Equal(4, (double)pool["gpu"]!["limit"]!);
        Assert.True((bool)pool["gpu"]!["futureGpuField"]!);
        Assert.Equal(2000, (double)pool["cpu"]!["deserved"]!);
        Assert.Equal(9, (int)pool["futureEntryField"]!);
        Assert.Equal("x", (string)pool["nodePool"]!["futurePoolField"]!);
        Assert.Equal(1, (double)body["resources"]![1]!["gpu"]!["deserved"]!);
    }

    [Fact]
    public void The_update_body_keeps_unmodelled_fields_and_drops_read_only_ones()
    {
        var project = Read();
        project.Description = "vision and speech";

        var body = JsonNode.Parse(JsonSerializer.Serialize(project, OrganizationJsonContext.Default.Project))!.AsObject();

        Assert.Equal("""{"keep":[1,2]}""", body["futureTopLevel"]!.ToJsonString());
        Assert.Equal(5, (int)body["schedulingRules"]!["futureRule"]!);
        Assert.Equal("t1", (string)body["nodeTypes"]!["training"]![0]!);
        Assert.Equal("vision and speech", (string)body["description"]!);
        Assert.DoesNotContain("DeservedGpus", body.Select(p => p.Key));
        Assert.DoesNotContain("DepartmentId", body.Select(p => p.Key));
    }

    [Fact]
    public void Memory_limits_follow_the_entrys_units()
    {
        var project = Read();

        QuotaEditor.Apply(project.Resources, new QuotaChange
        {
            NodePool = new NodePoolReference { Id = "5", Name = "a100" },
            MemoryLimit = (1024, "Mib"),
        });

        var memory = project.Resources[1].Memory!;
        Assert.Equal("GB", memory.Units);
        Assert.Equal(64, memory.Deserved);
        Assert.Equal(1.073741824, memory.Limit!.Value, 6);
    }

    [Fact]
    public void Changing_memory_units_converts_the_existing_limit()
    {
        var project = Read();
        project.Resources[1].Memory!.Limit = 128;

        QuotaEditor.Apply(project.Resources, new QuotaChange { NodePool = new NodePoolReference { Id = "5" }, Memory = (512, "Mib") });

        var memory = project.Resources[1].Memory!;
        Assert.Equal("Mib", memory.Units);
        Assert.Equal(512, memory.Deserved);
        Assert.Equal(128e9 / 1048576, memory.Limit!.Value, 3);
    }

    [Fact]
    public void A_change_for_a_pool_without_an_entry_adds_one()
    {
        var project = Read();

        QuotaEditor.Apply(project.Resources, new QuotaChange { NodePool = new NodePoolReference { Id = "9", Name = "h100" }, CpuMillicores = 500 });

        var added = Assert.Single(project.Resources, r => r.NodePool!.Id == "9");
        Assert.Equal(0, added.Gpu!.Deserved);
        Assert.Equal(500, added.Cpu!.Deserved);
        Assert.Null(added.Memory);
    }
}
