using Runai.Emulator.Clusters;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>The clusters organization units may live in: the emulator's seeded clusters, by uuid.</summary>
public sealed class OrganizationClusters(ClusterStore clusters)
{
    public IEnumerable<string> Ids => clusters.All.Select(c => c.Uuid);

    public bool IsKnown(string? clusterId) => clusters.Exists(clusterId);

    public string NameOf(string clusterId) => clusters.Find(clusterId)?.Name ?? clusterId;

    /// <summary>A cluster as messages name it, the scope of org unit and node pool names.</summary>
    public string Describe(string clusterId) => $"cluster '{NameOf(clusterId)}'";

    /// <summary>Throws 400 unless the cluster exists.</summary>
    public string Require(string? clusterId) =>
        IsKnown(clusterId) ? clusters.Find(clusterId)!.Uuid : throw ApiProblem.BadRequest($"Cluster '{clusterId}' does not exist.");
}
