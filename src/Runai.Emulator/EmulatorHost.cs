using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Runai.Emulator.Access;
using Runai.Emulator.Admin;
using Runai.Emulator.Assets;
using Runai.Emulator.Auth;
using Runai.Emulator.Clusters;
using Runai.Emulator.Contract;
using Runai.Emulator.DataVolumes;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Organization;
using Runai.Emulator.Seed;
using Runai.Emulator.Templates;
using Runai.Emulator.Workloads;

namespace Runai.Emulator;

/// <summary>Builds the emulator app; also used in-process by the xunit tests.</summary>
public static class EmulatorHost
{
    /// <param name="options">Parsed command-line options.</param>
    /// <param name="timeProvider">The clock every area uses (token expiry, lifecycles); tests pass a FakeTimeProvider.</param>
    public static WebApplication Build(EmulatorOptions options, TimeProvider? timeProvider = null)
    {
        // Read before any store is built: the seed names the clusters every area is seeded per.
        var seed = options.SeedPath is null ? null : SeedFile.Load(options.SeedPath);
        if (seed is not null && seed.Clusters.Count > 0)
        {
            options.ClusterNames.Clear();
            options.ClusterNames.AddRange(seed.Clusters);
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (options.CertificatePath is null)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        }
        else
        {
            // Read now, so a missing or unreadable certificate fails the start with its reason.
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.UseHttps(certificate)));
        }
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(timeProvider ?? TimeProvider.System);
        builder.Services.AddContractArea(options);
        builder.Services.AddAuthArea();
        builder.Services.AddClusterArea();
        builder.Services.AddAdminArea();
        builder.Services.AddOrganizationArea();
        builder.Services.AddWorkloadArea();
        builder.Services.AddAccessArea();
        builder.Services.AddAssetArea();
        builder.Services.AddTemplateArea();
        builder.Services.AddDataVolumeArea();
        if (seed is not null)
        {
            // Last, so /admin/reset applies the seed after every store is back to its default state.
            builder.Services.AddSingleton(seed);
            builder.Services.AddSingleton<SeedTargets>();
            builder.Services.AddSingleton<TenantSeeder>();
            builder.Services.AddSingleton<IResettable>(sp => sp.GetRequiredService<TenantSeeder>());
        }

        var app = builder.Build();
        // The seed is applied now, so a seed its own rules refuse fails the start rather than the first reset.
        app.Services.GetService<TenantSeeder>()?.Reset();
        // Order matters: log and faults first (they hit every route), then error bodies (so the log sees their status),
        // then the token check (as the real gateway: no token, 401, whatever the request), then the contract check.
        app.UseAdminArea();
        app.UseApiProblemResponses();
        app.UseAuthArea();
        app.UseContractArea();
        app.MapAuthArea();
        app.MapClusterArea();
        app.MapAdminArea();
        app.MapOrganizationArea();
        app.MapWorkloadArea();
        app.MapAccessArea();
        app.MapAssetArea();
        app.MapTemplateArea();
        app.MapDataVolumeArea();
        return app;
    }

    /// <summary>Where strict mode takes the contract from, or "off (lenient)".</summary>
    public static string StrictModeSource(WebApplication app) =>
        app.Services.GetService<OpenApiContract>()?.Source ?? "off (lenient)";

    public static string ListeningUrl(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
