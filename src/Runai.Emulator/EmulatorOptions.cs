namespace Runai.Emulator;

/// <summary>Command-line options of the emulator.</summary>
public sealed class EmulatorOptions
{
    public int Port { get; set; }

    /// <summary>Divides workload lifecycle durations (a training takes ~6 s at 1), so tests can run one in milliseconds.</summary>
    public double LifecycleSpeed { get; set; } = 1;

    public static EmulatorOptions Parse(string[] args)
    {
        var options = new EmulatorOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port": options.Port = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--lifecycle-speed": options.LifecycleSpeed = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }
        return options;
    }
}
