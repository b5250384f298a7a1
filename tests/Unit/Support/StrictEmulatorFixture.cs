namespace Runai.Tests.Unit.Support;

/// <summary>
/// Emulators in strict mode shared by a test class (<c>IClassFixture</c>), since compiling the contract takes a moment:
/// <see cref="Emulator"/> from the embedded contract digest (the default, always there), and
/// <see cref="DocumentEmulator"/> from the full document (<c>--contract</c>), null when the document is absent.
/// </summary>
public sealed class StrictEmulatorFixture : IAsyncLifetime
{
    public RunningEmulator Emulator { get; private set; } = null!;

    public RunningEmulator? DocumentEmulator { get; private set; }

    public async Task InitializeAsync()
    {
        Emulator = await RunningEmulator.StartAsync();
        if (ContractLocator.Find() is { } contract) DocumentEmulator = await RunningEmulator.StartAsync(["--contract", contract]);
    }

    public async Task DisposeAsync()
    {
        await Emulator.DisposeAsync();
        if (DocumentEmulator is not null) await DocumentEmulator.DisposeAsync();
    }
}
