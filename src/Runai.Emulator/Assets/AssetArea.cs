using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Assets;

/// <summary>Registers and maps the asset routes: data sources, credentials, compute and environment assets.</summary>
public static class AssetArea
{
    public static IServiceCollection AddAssetArea(this IServiceCollection services)
    {
        services.AddSingleton<AssetStores>();
        services.AddSingleton<AssetRules>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<AssetStores>());
        return services;
    }

    public static WebApplication MapAssetArea(this WebApplication app)
    {
        AssetCollection.Map(app.MapGroup("/api/v1"), app.Services);
        return app;
    }
}
