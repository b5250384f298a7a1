namespace Runai.Emulator.Organization;

/// <summary>The filterBy/sortBy fields the contract offers per list, and how each is read from a stored record.</summary>
public static class ListFields
{
    // Averages over time the emulator does not keep: always zero.
    private static readonly string[] AverageFields =
    [
        "avgGpuAllocation24h", "avgGpuUtilization24h", "avgGpuMemoryUtilization24h", "avgGpuAllocation7d",
        "avgGpuUtilization7d", "avgGpuMemoryUtilization7d", "avgGpuAllocation30d", "avgGpuUtilization30d", "avgGpuMemoryUtilization30d",
    ];

    public static Dictionary<string, Func<OrgUnitRecord, object?>> Departments(NodePoolStore pools, OrgUnitUsage usage)
    {
        var fields = new Dictionary<string, Func<OrgUnitRecord, object?>>
        {
            ["name"] = d => d.Name,
            ["clusterId"] = d => d.ClusterId,
            ["totalGpuQuota"] = d => TotalGpu(d, pools),
            ["createdAt"] = d => d.CreatedAt,
        };
        AddUsage(fields, pools, usage);
        return fields;
    }

    public static Dictionary<string, Func<OrgUnitRecord, object?>> Projects(NodePoolStore pools, OrgUnitStore units, OrgUnitUsage usage)
    {
        var fields = new Dictionary<string, Func<OrgUnitRecord, object?>>
        {
            ["name"] = p => p.Name,
            ["clusterId"] = p => p.ClusterId,
            ["departmentId"] = p => p.ParentId,
            ["parentId"] = p => p.ParentId,
            ["parentName"] = p => units.FindDepartment(p.ParentId!)?.Name,
            ["phase"] = _ => "Ready",
            ["totalGpuQuota"] = p => TotalGpu(p, pools),
            ["createdAt"] = p => p.CreatedAt,
        };
        AddUsage(fields, pools, usage);
        return fields;
    }

    public static Dictionary<string, Func<NodePoolRecord, object?>> NodePools(NodeStore nodes) => new()
    {
        ["name"] = p => p.Name,
        ["phase"] = p => nodes.InPool(p.ClusterId, p.Name).Any() ? "Ready" : "Empty",
        ["clusterId"] = p => p.ClusterId,
        ["createdAt"] = p => p.CreatedAt,
        ["updatedAt"] = p => p.UpdatedAt,
        ["networkTopologyName"] = _ => null,
        ["gpuNetworkAccelerationDetection"] = p => p.Settings["gpuNetworkAccelerationDetection"]?.ToString(),
        ["gpuNetworkAccelerationDetected"] = _ => false,
        ["gpuNetworkAccelerationLabelKey"] = p => p.Settings["gpuNetworkAccelerationLabelKey"]?.ToString(),
        ["swapEnabled"] = p => p.Settings["gpuResourceOptimization"]?["swapEnabled"]?.GetValue<bool>() ?? false,
        ["nodeLevelSchedulerEnabled"] = p => p.Settings["gpuResourceOptimization"]?["nodeLevelSchedulerEnabled"]?.GetValue<bool>() ?? false,
    };

    public static Dictionary<string, Func<NodeRecord, object?>> Nodes() => new()
    {
        ["name"] = n => n.Name,
        ["status"] = n => n.Status,
        ["nodePool"] = n => n.NodePool,
        ["gpuType"] = n => n.GpuType,
        ["nvLinkDomainUid"] = _ => null,
        ["nvLinkCliqueId"] = _ => null,
        ["clusterUuid"] = n => n.ClusterId,
    };

    private static void AddUsage(Dictionary<string, Func<OrgUnitRecord, object?>> fields, NodePoolStore pools, OrgUnitUsage usage)
    {
        fields["gpuAllocated"] = unit => Math.Round(OrgUnitUsage.Total(usage.ByPool(unit, pools.InCluster(unit.ClusterId))).Allocated.Gpu, 6);
        foreach (var average in AverageFields) fields[average] = _ => 0.0;
    }

    private static double TotalGpu(OrgUnitRecord unit, NodePoolStore pools) =>
        pools.InCluster(unit.ClusterId).Sum(p => unit.Resources.Gpu(p.Id));
}
