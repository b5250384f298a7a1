namespace Runai.Emulator.Workloads;

/// <summary>Registers and maps the workload routes of the emulator.</summary>
public static class WorkloadArea
{
    public static IServiceCollection AddWorkloadArea(this IServiceCollection services) => services;

    public static WebApplication MapWorkloadArea(this WebApplication app) => app;
}
