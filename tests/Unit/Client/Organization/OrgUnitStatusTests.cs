using System.Text.Json;
using Runai.Client.Organization;

namespace Runai.Tests.Unit.Client.Organization;

/// <summary>What the module reads from a project's or department's <c>status</c>: allocation in total and per node pool.</summary>
public sealed class OrgUnitStatusTests
{
    private const string ProjectJson = """
        {
          "id": "7", "name": "team-a", "clusterId": "00000000-0000-4000-8000-000000000001", "parentId": "2",
          "resources": [],
          "status": {
            "phase": "Ready",
            "quotaStatus": {
              "allocated": {"gpu": 2.5, "cpu": 1500, "memory": 2000},
              "allocatedNonPreemptible": {"gpu": 0.5, "cpu": 0, "memory": 0},
              "requested": {"gpu": 4.5, "cpu": 2500, "memory": 3000}
            },
            "nodePoolQuotaStatuses": [
              {"nodePoolId": "1", "nodePoolName": "default", "allocated": {"gpu": 0.5}, "requested": {"gpu": 2.5}},
              {"nodePoolId": "5", "nodePoolName": "a100", "allocated": {"gpu": 2}, "requested": {"gpu": 2}}
            ]
          }
        }
        """;

    [Fact]
    public void Allocated_and_requested_gpus_come_from_the_quota_status()
    {
        var project = JsonSerializer.Deserialize(ProjectJson, OrganizationJsonContext.Default.Project)!;

        Assert.Equal(2.5, project.AllocatedGpus);
        Assert.Equal(4.5, project.RequestedGpus);
        Assert.Equal(0.5, project.Status!.QuotaStatus!.AllocatedNonPreemptible!.Gpu);
        Assert.Equal(1500, project.Status.QuotaStatus.Allocated!.Cpu);
    }

    [Fact]
    public void Each_node_pools_status_is_read_with_its_pool()
    {
        var project = JsonSerializer.Deserialize(ProjectJson, OrganizationJsonContext.Default.Project)!;

        var pools = project.Status!.NodePoolQuotaStatuses!;
        Assert.Equal(["default", "a100"], pools.Select(p => p.NodePoolName));
        Assert.Equal([0.5, 2], pools.Select(p => p.Allocated!.Gpu!.Value));
        Assert.Equal("5", pools[1].NodePoolId);
    }

    [Fact]
    public void A_unit_without_status_reports_zero()
    {
        var department = JsonSerializer.Deserialize("""{"id": "3", "name": "research", "resources": []}""", OrganizationJsonContext.Default.Department)!;

        Assert.Equal(0, department.AllocatedGpus);
        Assert.Equal(0, department.RequestedGpus);
    }
}
