namespace Runai.Emulator.Infrastructure;

/// <summary>The single tenant the emulator serves.</summary>
public static class EmulatorTenant
{
    public const int Id = 1001;

    /// <summary>Who the emulator says created and updated what it serves.</summary>
    public const string Actor = "emulator";
}
