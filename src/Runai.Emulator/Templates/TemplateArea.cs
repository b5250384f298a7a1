using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Templates;

/// <summary>Registers and maps the workload template routes.</summary>
public static class TemplateArea
{
    public static IServiceCollection AddTemplateArea(this IServiceCollection services)
    {
        services.AddSingleton<TemplateStores>();
        services.AddSingleton<TemplateRules>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<TemplateStores>());
        return services;
    }

    public static WebApplication MapTemplateArea(this WebApplication app)
    {
        TemplateCollection.Map(app.MapGroup("/api/v1"), app.Services);
        return app;
    }
}
