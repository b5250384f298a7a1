using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>
/// What the workloads of an org unit use, per node pool, as the workloads area reports it (zero when the emulator has
/// no workloads area): a project's own workloads, a department's the sum of its projects'. Workloads in a node pool
/// the cluster does not have count nowhere.
/// </summary>
public sealed class OrgUnitUsage(OrgUnitTree units, IProjectAllocations? workloads = null)
{
    private static readonly IReadOnlyDictionary<string, PoolAllocation> None = new Dictionary<string, PoolAllocation>();

    /// <summary>One entry per node pool of <paramref name="clusterPools"/>, in their order.</summary>
    public IReadOnlyList<(NodePoolRecord Pool, PoolAllocation Usage)> ByPool(OrgUnitRecord unit, IEnumerable<NodePoolRecord> clusterPools)
    {
        var byName = workloads?.AllocationsOf(ProjectIds(unit)) ?? None;
        return clusterPools.Select(pool => (pool, byName.GetValueOrDefault(pool.Name, PoolAllocation.Zero))).ToList();
    }

    public static PoolAllocation Total(IEnumerable<(NodePoolRecord Pool, PoolAllocation Usage)> byPool) =>
        byPool.Aggregate(PoolAllocation.Zero, (sum, entry) => sum + entry.Usage);

    private HashSet<string> ProjectIds(OrgUnitRecord unit) =>
        unit.IsProject ? [unit.Id] : units.ProjectsOf(unit.Id).Select(p => p.Id).ToHashSet();
}
