using System.Net;
using Runai.Client;
using Runai.Client.Emulator;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

/// <summary>Runai.Client's EmulatorAdminClient (what the emulator test cmdlets stand on) against a real emulator.</summary>
public sealed class EmulatorAdminClientTests
{
    [Fact]
    public async Task Faults_hit_the_next_request_and_the_log_shows_it_with_secrets_masked()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var admin = new EmulatorAdminClient(emulator.BaseAddress);
        await emulator.GetTokenAsync();

        var fault = await admin.AddFaultAsync(new EmulatorFault { Method = "GET", Path = "/api/v1/clusters", Status = 503, RetryAfterSeconds = 2 });
        using var client = await emulator.AuthorizedClientAsync();
        using var failed = await client.GetAsync("/api/v1/clusters");
        var log = await admin.GetRequestsAsync();

        Assert.Equal(503, fault.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        var token = log.First(r => r.Path == "/api/v1/token");
        Assert.Contains("\"***\"", token.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("emulator-secret", token.Body, StringComparison.Ordinal);
        Assert.Equal(503, log.Last(r => r.Path == "/api/v1/clusters").Status);
    }

    [Fact]
    public async Task Reset_clears_the_log_and_a_refused_fault_throws_the_emulators_message()
    {
        await using var emulator = await RunningEmulator.StartAsync();
        using var admin = new EmulatorAdminClient(emulator.BaseAddress);
        await emulator.GetTokenAsync();

        await admin.ResetAsync();
        var error = await Assert.ThrowsAsync<RunaiApiException>(() => admin.AddFaultAsync(new EmulatorFault { Path = "no-slash", Status = 500 }));

        Assert.Empty(await admin.GetRequestsAsync());
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("path", error.ApiMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_emulator_that_is_not_there_is_a_RunaiException()
    {
        using var admin = new EmulatorAdminClient(new Uri("http://127.0.0.1:1"));

        await Assert.ThrowsAsync<RunaiException>(() => admin.ResetAsync());
    }
}
