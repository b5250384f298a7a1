using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Organization;

namespace Runai.Emulator.DataVolumes;

/// <summary>Registers and maps the data volume routes.</summary>
public static class DataVolumeArea
{
    public static IServiceCollection AddDataVolumeArea(this IServiceCollection services)
    {
        services.AddSingleton(sp => DataVolumeCollection.CreateStore(sp.GetRequiredService<OrganizationClusters>()));
        services.AddSingleton<DataVolumeRules>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<CollectionStore<DataVolumeRecord>>());
        return services;
    }

    public static WebApplication MapDataVolumeArea(this WebApplication app)
    {
        DataVolumeCollection.Map(app.MapGroup("/api/v1"), app.Services);
        return app;
    }
}
