using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Runai.Client;
using Runai.Client.Authentication;
using Runai.Client.Clusters;
using Runai.Emulator;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

/// <summary>The emulator over HTTPS with a certificate the test makes: the client refuses it unless told to skip the check.</summary>
public sealed class HttpsTests
{
    [Fact]
    public async Task The_emulator_serves_https_with_the_given_certificate()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var emulator = await RunningEmulator.StartAsync(["--certificate", certificate.PfxPath]);
        using var client = certificate.TrustingClient(emulator.BaseAddress);

        Assert.Equal("https", emulator.BaseAddress.Scheme);
        using var token = await client.PostAsJsonAsync("/api/v1/token",
            new { grantType = "client_credentials", clientID = EmulatorOptions.DefaultAppId, clientSecret = EmulatorOptions.DefaultAppSecret });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task A_connection_refuses_a_self_signed_emulator_and_sends_it_no_secret()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var emulator = await RunningEmulator.StartAsync(["--certificate", certificate.PfxPath]);
        using var admin = certificate.TrustingClient(emulator.BaseAddress);
        using var connection = new RunaiConnection(new RunaiConnectionOptions { BaseUrl = emulator.BaseAddress, RetryDelay = TimeSpan.Zero },
            new ClientSecretCredential(EmulatorOptions.DefaultAppId, EmulatorOptions.DefaultAppSecret));

        var error = await Assert.ThrowsAnyAsync<RunaiException>(() => connection.AuthenticateAsync());

        Assert.Contains("certificate", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(EmulatorOptions.DefaultAppSecret, error.ToString(), StringComparison.Ordinal);
        using var log = JsonDocument.Parse(await admin.GetStringAsync("/admin/requests"));
        Assert.Empty(log.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task SkipCertificateCheck_connects_to_a_self_signed_emulator()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var emulator = await RunningEmulator.StartAsync(["--certificate", certificate.PfxPath]);
        using var connection = new RunaiConnection(new RunaiConnectionOptions { BaseUrl = emulator.BaseAddress, SkipCertificateCheck = true },
            new ClientSecretCredential(EmulatorOptions.DefaultAppId, EmulatorOptions.DefaultAppSecret));

        await connection.AuthenticateAsync();
        var clusters = await connection.Clusters().ListAllAsync();

        Assert.NotEmpty(clusters);
    }

    [Fact]
    public void A_certificate_password_needs_a_certificate()
    {
        var error = Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(["--certificate-password", "x"]));
        Assert.Contains("--certificate", error.Message, StringComparison.Ordinal);
    }
}
