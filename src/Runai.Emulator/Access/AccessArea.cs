using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Access;

/// <summary>Registers and maps the access-control routes of the emulator: roles, permissions, users, access rules.</summary>
public static class AccessArea
{
    public static IServiceCollection AddAccessArea(this IServiceCollection services)
    {
        services.AddSingleton(_ => RoleCollection.CreateStore());
        services.AddSingleton(sp => UserCollection.CreateStore(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AccessRuleRules>();
        services.AddSingleton(sp => AccessRuleCollection.CreateStore(sp.GetRequiredService<AccessRuleRules>(), sp.GetRequiredService<EmulatorOptions>()));
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<CollectionStore<UserRecord>>());
        // After the organization area's stores: rules refer to departments and projects.
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<CollectionStore<AccessRuleRecord>>());
        return services;
    }

    public static WebApplication MapAccessArea(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        RoleCollection.Map(api, app.Services);
        UserCollection.Map(api, app.Services);
        AccessRuleCollection.Map(api, app.Services);
        return app;
    }
}
