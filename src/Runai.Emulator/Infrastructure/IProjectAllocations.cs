namespace Runai.Emulator.Infrastructure;

/// <summary>
/// What the organization area may ask of the workloads area: what the live workloads of some projects hold and ask
/// for, per node pool. Implemented by the workloads store; when none is registered, org units report zero usage.
/// </summary>
public interface IProjectAllocations
{
    /// <summary>The summed usage of the workloads of <paramref name="projectIds"/>, keyed by node pool name; pools
    /// where none of them runs or waits are absent.</summary>
    IReadOnlyDictionary<string, PoolAllocation> AllocationsOf(IReadOnlyCollection<string> projectIds);
}

/// <summary>
/// One node pool's usage: <see cref="Allocated"/> by workloads whose pods are placed (phase Running),
/// <see cref="AllocatedNonPreemptible"/> the part of that held by non-preemptible workloads, and
/// <see cref="Requested"/> by workloads that are waiting for or holding resources (Pending, Resuming, Running).
/// </summary>
public sealed record PoolAllocation(ResourceAmounts Allocated, ResourceAmounts AllocatedNonPreemptible, ResourceAmounts Requested)
{
    public static readonly PoolAllocation Zero = new(default, default, default);

    public static PoolAllocation operator +(PoolAllocation a, PoolAllocation b) =>
        new(a.Allocated + b.Allocated, a.AllocatedNonPreemptible + b.AllocatedNonPreemptible, a.Requested + b.Requested);
}
