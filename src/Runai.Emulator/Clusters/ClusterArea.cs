using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Clusters;

/// <summary>Registers and maps the cluster routes of the emulator (get_clusters, get_cluster_by_uuid).</summary>
public static class ClusterArea
{
    public static IServiceCollection AddClusterArea(this IServiceCollection services) =>
        services.AddSingleton<ClusterStore>();

    public static WebApplication MapClusterArea(this WebApplication app)
    {
        app.MapGet("/api/v1/clusters", (ClusterStore store, string? verbosity) =>
            Results.Json(store.All.Select(c => Shape(c, verbosity))));
        app.MapGet("/api/v1/clusters/{clusterUuid}", (ClusterStore store, string clusterUuid, string? verbosity) =>
            store.Find(clusterUuid) is { } cluster
                ? Results.Json(Shape(cluster, verbosity))
                : throw ApiProblem.NotFound($"Cluster '{clusterUuid}' was not found."));
        return app;
    }

    // verbosity=metadata leaves out the status block, as the contract's QueryVerbosity describes.
    private static DisplayedCluster Shape(DisplayedCluster cluster, string? verbosity) =>
        verbosity == "metadata" ? cluster with { Status = null } : cluster;
}
