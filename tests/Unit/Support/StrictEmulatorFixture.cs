namespace Runai.Tests.Unit.Support;

/// <summary>
/// One emulator in strict mode (<c>--contract</c>) shared by a test class (<c>IClassFixture</c>), since loading the
/// contract takes a moment. <see cref="Emulator"/> is null when the contract is absent; use [ContractFact] tests.
/// </summary>
public sealed class StrictEmulatorFixture : IAsyncLifetime
{
    public RunningEmulator? Emulator { get; private set; }

    public async Task InitializeAsync()
    {
        if (ContractLocator.Find() is { } contract) Emulator = await RunningEmulator.StartAsync(["--contract", contract]);
    }

    public async Task DisposeAsync()
    {
        if (Emulator is not null) await Emulator.DisposeAsync();
    }
}
