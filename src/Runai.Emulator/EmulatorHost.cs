using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Runai.Emulator.Admin;
using Runai.Emulator.Auth;
using Runai.Emulator.Clusters;
using Runai.Emulator.Organization;
using Runai.Emulator.Workloads;

namespace Runai.Emulator;

/// <summary>Builds the emulator app; also used in-process by the xunit tests.</summary>
public static class EmulatorHost
{
    public static WebApplication Build(EmulatorOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddAuthArea();
        builder.Services.AddClusterArea();
        builder.Services.AddAdminArea();
        builder.Services.AddOrganizationArea();
        builder.Services.AddWorkloadArea();

        var app = builder.Build();
        app.UseAdminArea();
        app.UseAuthArea();
        app.MapAuthArea();
        app.MapClusterArea();
        app.MapAdminArea();
        app.MapOrganizationArea();
        app.MapWorkloadArea();
        return app;
    }

    public static string ListeningUrl(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
