using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>Renders stored records in the contract's response shapes (<c>Project</c>, <c>Department</c>, <c>Nodepool</c>, <c>Node</c>).</summary>
public sealed class OrganizationJson(OrganizationClusters clusters, NodePoolStore pools, NodeStore nodes, OrgUnitStore units, OrgUnitUsage usage)
{
    public const string Actor = "emulator";

    public JsonObject Project(OrgUnitRecord project)
    {
        var clusterPools = pools.InCluster(project.ClusterId);
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
        return WithoutNulls(json);
    }

    public JsonObject Department(OrgUnitRecord department)
    {
        var clusterPools = pools.InCluster(department.ClusterId);
        var json = Common(department, clusterPools);
        var projects = units.ProjectsOf(department.Id);
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
        return WithoutNulls(json);
    }

    public JsonObject NodePool(NodePoolRecord pool)
    {
        var poolNodes = nodes.InPool(pool.ClusterId, pool.Name).Select(n => n.Name).ToList();
        var json = new JsonObject
        {
            ["id"] = pool.Id,
            ["name"] = pool.Name,
            ["clusterId"] = pool.ClusterId,
            ["clusterName"] = clusters.NameOf(pool.ClusterId),
            ["tenantId"] = EmulatorTenant.Id,
            ["labelKey"] = pool.LabelKey,
            ["labelValue"] = pool.LabelValue,
            ["isDefault"] = pool.IsDefault,
            ["phase"] = poolNodes.Count > 0 ? "Ready" : "Empty",
            ["phaseMessage"] = poolNodes.Count > 0 ? $"{poolNodes.Count} node(s) ready" : "no nodes match the node pool label",
            ["createdAt"] = JsonBody.Timestamp(pool.CreatedAt),
            ["createdBy"] = Actor,
            ["updatedAt"] = JsonBody.Timestamp(pool.UpdatedAt),
            ["updatedBy"] = Actor,
        };
        foreach (var (key, value) in pool.Settings)
            json[key] = value?.DeepClone();
        json["status"] = new JsonObject
        {
            ["conditions"] = new JsonArray(),
            ["gpuNetworkAccelerationDetected"] = false,
            ["nodes"] = new JsonArray(poolNodes.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
        };
        return WithoutNulls(json);
    }

    public static JsonObject Node(NodeRecord node) => new()
    {
        ["id"] = node.Id,
        ["name"] = node.Name,
        ["clusterUuid"] = node.ClusterId,
        ["nodePool"] = node.NodePool,
        ["status"] = node.Status,
        ["conditions"] = new JsonArray(),
        ["taints"] = new JsonArray(),
        ["gpuInfo"] = new JsonObject { ["gpuType"] = node.GpuType, ["gpuCount"] = node.GpuCount },
        ["createdAt"] = JsonBody.Timestamp(node.CreatedAt),
        ["updatedAt"] = JsonBody.Timestamp(node.CreatedAt),
    };

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
        ["createdBy"] = Actor,
        ["updatedAt"] = JsonBody.Timestamp(unit.UpdatedAt),
        ["updatedBy"] = Actor,
    };

    /// <summary>Optional fields that are unset are left out rather than sent as null, as not all of them are nullable.</summary>
    private static JsonObject WithoutNulls(JsonObject json)
    {
        foreach (var key in json.Where(p => p.Value is null).Select(p => p.Key).ToList())
            json.Remove(key);
        foreach (var (_, value) in json)
        {
            if (value is JsonObject inner) WithoutNulls(inner);
            else if (value is JsonArray list) foreach (var item in list.OfType<JsonObject>()) WithoutNulls(item);
        }
        return json;
    }

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
