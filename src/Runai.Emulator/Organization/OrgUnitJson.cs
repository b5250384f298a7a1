using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>Renders stored org units in the contract's response shapes, <c>Project</c> and <c>Department</c>.</summary>
public sealed class OrgUnitJson(CollectionStore<NodePoolRecord> pools, OrgUnitTree tree, OrgUnitUsage usage)
{
    public JsonObject Project(OrgUnitRecord project)
    {
        var clusterPools = pools.InScope(project.ClusterId);
        var json = Common(project, clusterPools);
        json["parentId"] = project.ParentId;
        json["requestedNamespace"] = project.RequestedNamespace;
        json["enforceRunaiScheduler"] = project.EnforceRunaiScheduler;
        var byPool = usage.ByPool(project, clusterPools);
        json["status"] = new JsonObject
        {
            ["namespace"] = project.RequestedNamespace ?? $"runai-{project.Name}",
            ["phase"] = "Ready",
            ["phaseMessage"] = "Project is ready",
            ["nodePoolQuotaStatuses"] = QuotaStatuses(byPool),
            ["quotaStatus"] = QuotaStatus(OrgUnitUsage.Total(byPool)),
        };
        json["effective"] = new JsonObject
        {
            ["schedulingRules"] = project.SchedulingRules?.DeepClone(),
            ["defaultNodePools"] = project.DefaultNodePools?.DeepClone(),
            ["nodeTypes"] = project.NodeTypes?.DeepClone(),
        };
        return json.WithoutNulls();
    }

    public JsonObject Department(OrgUnitRecord department)
    {
        var clusterPools = pools.InScope(department.ClusterId);
        var json = Common(department, clusterPools);
        var projects = tree.ProjectsOf(department.Id);
        json["projectsAggregatedResources"] = new JsonArray(clusterPools.Select(pool => (JsonNode)new JsonObject
        {
            ["nodePool"] = new JsonObject { ["id"] = pool.Id, ["name"] = pool.Name },
            ["gpu"] = new JsonObject { ["deserved"] = projects.Sum(p => p.Resources.Gpu(pool.Id)) },
        }).ToArray());
        var byPool = usage.ByPool(department, clusterPools);
        json["status"] = new JsonObject
        {
            ["nodePoolQuotaStatuses"] = QuotaStatuses(byPool),
            ["quotaStatus"] = QuotaStatus(OrgUnitUsage.Total(byPool)),
        };
        return json.WithoutNulls();
    }

    private static JsonObject Common(OrgUnitRecord unit, List<NodePoolRecord> clusterPools) => new()
    {
        ["id"] = unit.Id,
        ["name"] = unit.Name,
        ["clusterId"] = unit.ClusterId,
        ["description"] = unit.Description,
        ["schedulingRules"] = unit.SchedulingRules?.DeepClone(),
        ["defaultNodePools"] = unit.DefaultNodePools?.DeepClone(),
        ["nodeTypes"] = unit.NodeTypes?.DeepClone(),
        ["resources"] = unit.Resources.Render(clusterPools),
        ["totalResources"] = unit.Resources.Totals(clusterPools),
        ["createdAt"] = JsonBody.Timestamp(unit.CreatedAt),
        ["createdBy"] = EmulatorTenant.Actor,
        ["updatedAt"] = JsonBody.Timestamp(unit.UpdatedAt),
        ["updatedBy"] = EmulatorTenant.Actor,
    };

    private static JsonArray QuotaStatuses(IEnumerable<(NodePoolRecord Pool, PoolAllocation Usage)> byPool) =>
        new(byPool.Select(entry =>
        {
            var status = QuotaStatus(entry.Usage);
            status["nodePoolId"] = entry.Pool.Id;
            status["nodePoolName"] = entry.Pool.Name;
            return (JsonNode)status;
        }).ToArray());

    /// <summary>The contract's <c>QuotaStatus</c>.</summary>
    private static JsonObject QuotaStatus(PoolAllocation usage) => new()
    {
        ["allocated"] = Resource(usage.Allocated),
        ["allocatedNonPreemptible"] = Resource(usage.AllocatedNonPreemptible),
        ["requested"] = Resource(usage.Requested),
    };

    /// <summary>The contract's <c>QuotaStatusResource</c>; rounded so that sums of fractions read as written (0.3, not 0.30000000000000004).</summary>
    private static JsonObject Resource(ResourceAmounts amounts) => new()
    {
        ["gpu"] = Math.Round(amounts.Gpu, 6),
        ["cpu"] = Math.Round(amounts.CpuMillicores, 6),
        ["memory"] = Math.Round(amounts.MemoryMegabytes, 6),
    };
}
