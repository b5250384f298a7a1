using Runai.Emulator.Auth;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Access;

/// <summary>
/// Registers and maps the access-control routes of the emulator: roles, permissions, users, access rules, service
/// accounts and access keys (whose secrets the token endpoint accepts).
/// </summary>
public static class AccessArea
{
    private const string ServiceAccountsKey = "service-accounts";
    private const string AccessKeysKey = "access-keys";

    public static IServiceCollection AddAccessArea(this IServiceCollection services)
    {
        services.AddSingleton(_ => RoleCollection.CreateStore());
        services.AddSingleton(sp => UserCollection.CreateStore(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AccessRuleRules>();
        services.AddSingleton(sp => AccessRuleCollection.CreateStore(sp.GetRequiredService<AccessRuleRules>(), sp.GetRequiredService<EmulatorOptions>()));
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<CollectionStore<UserRecord>>());
        // Predefined roles never change, but a seed file adds some, which a reset removes before the seed adds them again.
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<CollectionStore<RoleRecord>>());
        services.AddKeyedSingleton(ServiceAccountsKey, (sp, _) => ClientCollection.ServiceAccounts(sp.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton(AccessKeysKey, (sp, _) => ClientCollection.AccessKeys(sp.GetRequiredService<TimeProvider>()));
        foreach (var key in new[] { ServiceAccountsKey, AccessKeysKey })
        {
            services.AddSingleton<IClientCredentials>(sp => sp.GetRequiredKeyedService<ClientCollection>(key));
            services.AddSingleton<IResettable>(sp => sp.GetRequiredKeyedService<ClientCollection>(key).Store);
        }
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
        ClientCollection.MapServiceAccounts(api, app.Services.GetRequiredKeyedService<ClientCollection>(ServiceAccountsKey));
        ClientCollection.MapAccessKeys(api, app.Services.GetRequiredKeyedService<ClientCollection>(AccessKeysKey));
        return app;
    }
}
