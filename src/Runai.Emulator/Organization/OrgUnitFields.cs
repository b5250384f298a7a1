using Runai.Emulator.Collections;

namespace Runai.Emulator.Organization;

/// <summary>The filterBy/sortBy fields of the departments and projects lists, and how each is read from a stored unit.</summary>
public static class OrgUnitFields
{
    // Averages over time the emulator does not keep: always zero.
    private static readonly string[] AverageFields =
    [
        "avgGpuAllocation24h", "avgGpuUtilization24h", "avgGpuMemoryUtilization24h", "avgGpuAllocation7d",
        "avgGpuUtilization7d", "avgGpuMemoryUtilization7d", "avgGpuAllocation30d", "avgGpuUtilization30d", "avgGpuMemoryUtilization30d",
    ];

    public static Dictionary<string, Func<OrgUnitRecord, object?>> Departments(CollectionStore<NodePoolRecord> pools, OrgUnitUsage usage)
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

    public static Dictionary<string, Func<OrgUnitRecord, object?>> Projects(CollectionStore<NodePoolRecord> pools, OrgUnitTree tree, OrgUnitUsage usage)
    {
        var fields = new Dictionary<string, Func<OrgUnitRecord, object?>>
        {
            ["name"] = p => p.Name,
            ["clusterId"] = p => p.ClusterId,
            ["departmentId"] = p => p.ParentId,
            ["parentId"] = p => p.ParentId,
            ["parentName"] = p => tree.Departments.Find(p.ParentId!)?.Name,
            ["phase"] = _ => "Ready",
            ["totalGpuQuota"] = p => TotalGpu(p, pools),
            ["createdAt"] = p => p.CreatedAt,
        };
        AddUsage(fields, pools, usage);
        return fields;
    }

    private static void AddUsage(Dictionary<string, Func<OrgUnitRecord, object?>> fields, CollectionStore<NodePoolRecord> pools, OrgUnitUsage usage)
    {
        fields["gpuAllocated"] = unit => Math.Round(OrgUnitUsage.Total(usage.ByPool(unit, pools.InScope(unit.ClusterId))).Allocated.Gpu, 6);
        foreach (var average in AverageFields) fields[average] = _ => 0.0;
    }

    private static double TotalGpu(OrgUnitRecord unit, CollectionStore<NodePoolRecord> pools) =>
        pools.InScope(unit.ClusterId).Sum(p => unit.Resources.Gpu(p.Id));
}
