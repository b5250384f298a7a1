using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Paging;

namespace Runai.Client.Organization;

/// <summary>Node pools (<c>/api/v1/node-pools</c>).</summary>
public sealed class NodePoolsClient
{
    private const string Path = "api/v1/node-pools";

    /// <summary>Fields of a <c>Nodepool</c> answer that <c>NodepoolCreateFields</c> does not take.</summary>
    private static readonly string[] NotCreatable =
    {
        "id", "tenantId", "clusterName", "isDefault", "phase", "phaseMessage", "status", "createdAt", "createdBy", "updatedAt",
        "updatedBy", "deletedAt", "deletedBy", "networkTopologyName",
    };

    private readonly RunaiConnection connection;

    public NodePoolsClient(RunaiConnection connection) => this.connection = connection;

    public IAsyncEnumerable<NodePool> ListAsync(IEnumerable<string>? filterBy = null, string? sortBy = null, int skip = 0,
        int pageSize = Pager.DefaultPageSize, CancellationToken cancellationToken = default) =>
        OrganizationRequests.ListAsync(connection, Path, OrganizationJsonContext.Default.NodePoolList, p => p.NodePools,
            filterBy, sortBy, skip, pageSize, cancellationToken);

    public Task<long> CountAsync(IEnumerable<string>? filterBy = null, CancellationToken cancellationToken = default) =>
        OrganizationRequests.CountAsync(connection, Path + "/count", filterBy, cancellationToken);

    public async Task<NodePool> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await connection.GetAsync(RunaiPath.Format(Path + "/{0}", id), OrganizationJsonContext.Default.NodePool, cancellationToken).ConfigureAwait(false)
        ?? throw new RunaiResourceNotFoundException("node pool", id);

    /// <summary>The node pool with exactly this name (in the cluster, when given), or null.</summary>
    public async Task<NodePool?> FindByNameAsync(string name, string? clusterId = null, CancellationToken cancellationToken = default)
    {
        var filter = new List<string> { "name==" + name };
        if (clusterId is not null) filter.Add("clusterId==" + clusterId);
        await foreach (var pool in ListAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (pool.Name == name) return pool;
        }
        return null;
    }

    public async Task<NodePool> ResolveAsync(string name, string? clusterId = null, CancellationToken cancellationToken = default) =>
        await FindByNameAsync(name, clusterId, cancellationToken).ConfigureAwait(false)
        ?? throw new RunaiResourceNotFoundException("node pool", name);

    public Task<NodePool> CreateAsync(NodePool pool, CancellationToken cancellationToken = default) =>
        OrganizationRequests.SendAsync(connection, HttpMethod.Post, Path,
            OrganizationRequests.Body(pool, OrganizationJsonContext.Default.NodePool, NotCreatable), OrganizationJsonContext.Default.NodePool, cancellationToken);

    /// <summary>PATCH: only the fields in <paramref name="changes"/> (the contract's <c>NodepoolUpdateFields</c>) change.</summary>
    public Task<NodePool> PatchAsync(string id, JsonObject changes, CancellationToken cancellationToken = default) =>
        OrganizationRequests.SendAsync(connection, new HttpMethod("PATCH"), RunaiPath.Format(Path + "/{0}", id), changes,
            OrganizationJsonContext.Default.NodePool, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        connection.DeleteAsync(RunaiPath.Format(Path + "/{0}", id), cancellationToken);
}
