using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Auth;

/// <summary>Registers and maps the auth routes of the emulator: the token grant and bearer-token checking.</summary>
public static class AuthArea
{
    public static IServiceCollection AddAuthArea(this IServiceCollection services)
    {
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<TokenIssuer>());
        return services;
    }

    public static WebApplication UseAuthArea(this WebApplication app)
    {
        app.Use(BearerAuthentication.InvokeAsync);
        return app;
    }

    public static WebApplication MapAuthArea(this WebApplication app)
    {
        app.MapPost("/api/v1/token", TokenGrant.HandleAsync);
        app.MapPost("/api/v2/token", TokenGrant.HandleV2Async);
        return app;
    }
}
