using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Paging;

namespace Runai.Client.Organization;

/// <summary>Nodes of all the tenant's clusters (<c>/api/v1/nodes</c>, read-only).</summary>
public sealed class NodesClient
{
    private const string Path = "api/v1/nodes";

    private readonly RunaiConnection connection;

    public NodesClient(RunaiConnection connection) => this.connection = connection;

    public IAsyncEnumerable<Node> ListAsync(IEnumerable<string>? filterBy = null, string? sortBy = null, int skip = 0,
        int pageSize = Pager.DefaultPageSize, CancellationToken cancellationToken = default) =>
        OrganizationRequests.ListAsync(connection, Path, OrganizationJsonContext.Default.NodeList, p => p.Nodes,
            filterBy, sortBy, skip, pageSize, cancellationToken);

    public Task<long> CountAsync(IEnumerable<string>? filterBy = null, CancellationToken cancellationToken = default) =>
        OrganizationRequests.CountAsync(connection, Path + "/count", filterBy, cancellationToken);
}
