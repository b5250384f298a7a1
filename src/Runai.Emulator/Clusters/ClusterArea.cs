namespace Runai.Emulator.Clusters;

/// <summary>Registers and maps the cluster routes of the emulator.</summary>
public static class ClusterArea
{
    public static IServiceCollection AddClusterArea(this IServiceCollection services) => services;

    public static WebApplication MapClusterArea(this WebApplication app) => app;
}
