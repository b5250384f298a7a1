using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Clusters;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>
/// Name resolution and display names for the organization cmdlets, over the connection's short-lived cache: a
/// department or node pool name becomes its object (ObjectNotFound naming it), and ids become names for display.
/// A CSV of many rows, or a second command a moment later, asks the control plane once per name.
/// </summary>
internal sealed class OrganizationLookup
{
    private readonly RunaiConnection connection;

    public OrganizationLookup(RunaiConnection connection) => this.connection = connection;

    /// <summary>The selected cluster's id, or null when none is selected (lists then span all clusters).</summary>
    public string? ClusterId => connection.Cluster?.Uuid;

    public async Task<Department> DepartmentAsync(string name, CancellationToken ct)
    {
        var key = DepartmentResource.Descriptor.Route + "|name|" + ClusterId + "|" + name;
        var department = await connection.Cache.GetOrAddAsync(key,
            c => connection.Departments().FindByNameAsync(name, ClusterId, c), ct).ConfigureAwait(false);
        if (department is not null) return department;
        connection.Cache.Invalidate(key); // a department created elsewhere a moment later must be found
        throw new RunaiResourceNotFoundException("department", name);
    }

    public Task<List<NodePool>> NodePoolsAsync(string clusterId, CancellationToken ct) =>
        connection.Cache.GetOrAddAsync(NodePoolResource.Descriptor.Route + "|cluster|" + clusterId,
            c => connection.NodePools().ListAllAsync(new Runai.Client.Resources.ResourceQuery().Where("clusterId", "==", clusterId), c), ct);

    /// <summary>The node pool named <paramref name="name"/> in the cluster, or its default pool when the name is null.</summary>
    public async Task<NodePool> NodePoolAsync(string? name, string clusterId, CancellationToken ct)
    {
        var pools = await NodePoolsAsync(clusterId, ct).ConfigureAwait(false);
        var pool = Pick(pools, name);
        if (pool is null)
        {
            connection.Cache.Invalidate(NodePoolResource.Descriptor.Route + "|cluster|" + clusterId);
            pools = await NodePoolsAsync(clusterId, ct).ConfigureAwait(false);
            pool = Pick(pools, name);
        }
        return pool ?? throw new RunaiResourceNotFoundException("node pool", name ?? "(default)",
            pools.Count == 0 ? "The cluster has no node pools." : $"Known node pools: {string.Join(", ", pools.Select(p => p.Name))}.");
    }

    /// <summary>
    /// Fills in display names (cluster; a project's department when the answer has no parent), fetching the name lists
    /// when they are not cached. Display only: a failed lookup leaves them empty.
    /// </summary>
    public Task DecorateAsync(IReadOnlyList<OrgUnit> units, CancellationToken ct) => DecorateAsync(units, fetch: true, ct);

    public Task DecorateAsync(OrgUnit unit, CancellationToken ct) => DecorateAsync(new[] { unit }, fetch: true, ct);

    /// <summary>
    /// Fills in the display names known without another request (the selected cluster, the answer's parent, names
    /// cached by an earlier listing), so that getting one unit by id costs exactly one request.
    /// </summary>
    public void DecorateFromCache(OrgUnit unit) => DecorateAsync(new[] { unit }, fetch: false, CancellationToken.None).GetAwaiter().GetResult();

    private async Task DecorateAsync(IReadOnlyList<OrgUnit> units, bool fetch, CancellationToken ct)
    {
        foreach (var unit in units)
        {
            unit.ClusterName = await ClusterNameAsync(unit.ClusterId, fetch, ct).ConfigureAwait(false);
            if (unit is Project { Parent: null, ParentId: { } parentId } project)
            {
                var names = await DepartmentNamesAsync(fetch, ct).ConfigureAwait(false);
                project.DepartmentName = names is not null && names.TryGetValue(parentId, out var name) ? name : null;
            }
        }
    }

    private async Task<string?> ClusterNameAsync(string clusterId, bool fetch, CancellationToken ct)
    {
        if (connection.Cluster is { } selected && string.Equals(selected.Uuid, clusterId, StringComparison.OrdinalIgnoreCase)) return selected.Name;
        var names = await Display(ClusterResource.Descriptor.Route + "|names", fetch, async c =>
        {
            var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            await foreach (var cluster in connection.Clusters().ListAsync(cancellationToken: c).ConfigureAwait(false)) all[cluster.Uuid] = cluster.Name;
            return all;
        }, ct).ConfigureAwait(false);
        return names is not null && names.TryGetValue(clusterId, out var name) ? name : null;
    }

    private Task<Dictionary<string, string>?> DepartmentNamesAsync(bool fetch, CancellationToken ct) =>
        Display(DepartmentResource.Descriptor.Route + "|names", fetch, async c =>
        {
            var all = new Dictionary<string, string>(StringComparer.Ordinal);
            await foreach (var d in connection.Departments().ListAsync(cancellationToken: c).ConfigureAwait(false)) all[d.Id] = d.Name;
            return all;
        }, ct);

    // Display only: a caller without the right to list (403) still gets its objects, without the names.
    private async Task<Dictionary<string, string>?> Display(string key, bool fetch, Func<CancellationToken, Task<Dictionary<string, string>>> fetchNames,
        CancellationToken ct)
    {
        if (!fetch) return connection.Cache.TryGet<Dictionary<string, string>>(key, out var known) ? known : null;
        try
        {
            return await connection.Cache.GetOrAddAsync(key, fetchNames, ct).ConfigureAwait(false);
        }
        catch (RunaiApiException)
        {
            return new Dictionary<string, string>();
        }
    }

    private static NodePool? Pick(List<NodePool> pools, string? name) =>
        name is null ? pools.FirstOrDefault(p => p.IsDefault) ?? pools.FirstOrDefault()
            : pools.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
