using Runai.Client.Json;
using Runai.Client.Resources;

namespace Runai.Client.Clusters;

/// <summary>Clusters of the tenant (<c>/api/v1/clusters</c>): one unpaged list, found by name or UUID.</summary>
public static class ClusterResource
{
    public static readonly ResourceDescriptor<Cluster> Descriptor = new()
    {
        Route = "api/v1/clusters",
        Noun = "cluster",
        Schema = "DisplayedCluster",
        ItemType = CoreJsonContext.Default.Cluster,
        ListType = CoreJsonContext.Default.ListCluster,
        Paged = false,
        Filterable = false,
        IdFormat = ResourceIdFormat.Uuid,
        IdOf = c => c.Uuid,
        NameOf = c => c.Name,
        Operations = new() { List = new[] { 200 }, Get = new[] { 200 } },
    };

    public static ResourceClient<Cluster> Clusters(this RunaiConnection connection) => connection.Resource(Descriptor);
}
