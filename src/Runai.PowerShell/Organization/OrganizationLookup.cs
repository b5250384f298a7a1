using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>
/// Name resolution for one cmdlet invocation: department and node pool names to objects (ObjectNotFound naming them),
/// and ids to names for display. Caches so a pipeline of many items asks once per name.
/// </summary>
internal sealed class OrganizationLookup
{
    private readonly RunaiConnection connection;
    private readonly Dictionary<string, Department> departmentsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NodePool>> poolsByCluster = new(StringComparer.Ordinal);
    private Dictionary<string, string>? departmentNames;
    private Dictionary<string, string>? clusterNames;

    public OrganizationLookup(RunaiConnection connection) => this.connection = connection;

    /// <summary>The selected cluster's id, or null when none is selected (lists then span all clusters).</summary>
    public string? ClusterId => connection.Cluster?.Uuid;

    public async Task<Department> DepartmentAsync(string name, CancellationToken ct)
    {
        if (departmentsByName.TryGetValue(name, out var known)) return known;
        var department = await connection.Departments().FindByNameAsync(name, ClusterId, ct).ConfigureAwait(false)
            ?? throw new RunaiResourceNotFoundException("department", name, "Get-RunaiDepartment lists the departments.");
        departmentsByName[name] = department;
        return department;
    }

    public async Task<List<NodePool>> NodePoolsAsync(string clusterId, CancellationToken ct)
    {
        if (poolsByCluster.TryGetValue(clusterId, out var pools)) return pools;
        pools = new List<NodePool>();
        await foreach (var pool in connection.NodePools().ListAsync(new[] { "clusterId==" + clusterId }, cancellationToken: ct).ConfigureAwait(false))
            pools.Add(pool);
        poolsByCluster[clusterId] = pools;
        return pools;
    }

    /// <summary>The node pool named <paramref name="name"/> in the cluster, or its default pool when the name is null.</summary>
    public async Task<NodePool> NodePoolAsync(string? name, string clusterId, CancellationToken ct)
    {
        var pools = await NodePoolsAsync(clusterId, ct).ConfigureAwait(false);
        var pool = name is null ? pools.FirstOrDefault(p => p.IsDefault) ?? pools.FirstOrDefault()
            : pools.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
        return pool ?? throw new RunaiResourceNotFoundException("node pool", name ?? "(default)",
            pools.Count == 0 ? "The cluster has no node pools." : $"Known node pools: {string.Join(", ", pools.Select(p => p.Name))}.");
    }

    /// <summary>Fills in the department and cluster names of projects (display only: a failed lookup leaves them empty).</summary>
    public async Task DecorateAsync(OrgUnit unit, CancellationToken ct)
    {
        unit.ClusterName = await ClusterNameAsync(unit.ClusterId, ct).ConfigureAwait(false);
        if (unit is Project project && project.ParentId is { } parentId)
        {
            if (departmentNames is null)
            {
                departmentNames = new Dictionary<string, string>(StringComparer.Ordinal);
                try
                {
                    await foreach (var d in connection.Departments().ListAsync(cancellationToken: ct).ConfigureAwait(false))
                        departmentNames[d.Id] = d.Name;
                }
                catch (RunaiApiException)
                {
                    // Display only: a caller without the right to list departments still gets the projects.
                }
            }
            project.DepartmentName = departmentNames.TryGetValue(parentId, out var name) ? name : null;
        }
    }

    private async Task<string?> ClusterNameAsync(string clusterId, CancellationToken ct)
    {
        if (connection.Cluster is { } selected && selected.Uuid == clusterId) return selected.Name;
        if (clusterNames is null)
        {
            clusterNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            try
            {
                foreach (var cluster in await connection.Clusters.ListAsync(ct).ConfigureAwait(false))
                    clusterNames[cluster.Uuid] = cluster.Name;
            }
            catch (RunaiApiException)
            {
                // Display only.
            }
        }
        return clusterNames.TryGetValue(clusterId, out var name) ? name : null;
    }
}
