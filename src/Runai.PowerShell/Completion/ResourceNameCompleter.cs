using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>
/// Completes the names of one corridor resource. Collections scoped by cluster offer the selected cluster's items;
/// a completer for a resource says only which client lists it and, where it has one, how the command line narrows it.
/// </summary>
public abstract class ResourceNameCompleter<T> : NameCompleter where T : class
{
    /// <summary>The client that lists the resource on <paramref name="connection"/>.</summary>
    protected abstract ResourceClient<T> ClientOf(RunaiConnection connection, BoundValues bound);

    /// <summary>The query narrowing the list (by default: the selected cluster, for cluster-scoped collections).</summary>
    protected virtual ResourceQuery? QueryOf(RunaiConnection connection, ResourceDescriptor<T> resource, BoundValues bound) =>
        resource.ScopeField is "clusterId" or "clusterUuid" && connection.Cluster?.Uuid is { } cluster
            ? new ResourceQuery().Where(resource.ScopeField, "==", cluster)
            : null;

    /// <inheritdoc />
    protected override Task<IReadOnlyList<string>> NamesAsync(RunaiConnection connection, BoundValues bound, CancellationToken cancellationToken)
    {
        var client = ClientOf(connection, bound);
        return client.ListNamesAsync(QueryOf(connection, client.Resource, bound), cancellationToken: cancellationToken);
    }
}
