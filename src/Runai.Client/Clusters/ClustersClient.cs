using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Json;

namespace Runai.Client.Clusters;

/// <summary>Clusters of the tenant (<c>/api/v1/clusters</c>).</summary>
public sealed class ClustersClient
{
    private readonly RunaiConnection connection;

    internal ClustersClient(RunaiConnection connection) => this.connection = connection;

    public async Task<IReadOnlyList<Cluster>> ListAsync(CancellationToken cancellationToken = default) =>
        await connection.GetAsync("api/v1/clusters", CoreJsonContext.Default.ListCluster, cancellationToken).ConfigureAwait(false)
        ?? new List<Cluster>();

    public async Task<Cluster> GetAsync(string clusterUuid, CancellationToken cancellationToken = default) =>
        await connection.GetAsync(RunaiPath.Format("api/v1/clusters/{0}", clusterUuid), CoreJsonContext.Default.Cluster, cancellationToken).ConfigureAwait(false)
        ?? throw new RunaiResourceNotFoundException("cluster", clusterUuid);

    /// <summary>Finds a cluster by UUID or exact name (case-insensitive).</summary>
    public async Task<Cluster> ResolveAsync(string nameOrUuid, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(cancellationToken).ConfigureAwait(false);
        var match = all.FirstOrDefault(c => string.Equals(c.Uuid, nameOrUuid, StringComparison.OrdinalIgnoreCase))
                    ?? all.FirstOrDefault(c => string.Equals(c.Name, nameOrUuid, StringComparison.OrdinalIgnoreCase));
        return match ?? throw new RunaiResourceNotFoundException("cluster", nameOrUuid,
            all.Count == 0 ? "The tenant has no clusters." : $"Known clusters: {string.Join(", ", all.Select(c => c.Name))}.");
    }
}
