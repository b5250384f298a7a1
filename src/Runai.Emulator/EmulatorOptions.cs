using System.Globalization;

namespace Runai.Emulator;

/// <summary>Command-line options of the emulator.</summary>
public sealed class EmulatorOptions
{
    public const string DefaultAppId = "emulator-app";
    public const string DefaultAppSecret = "emulator-secret";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Path of an openapi.json to validate every /api request against (strict mode); when null, strict mode uses the
    /// contract digest embedded in the emulator.
    /// </summary>
    public string? ContractPath { get; set; }

    /// <summary>No contract validation at all (<c>--lenient</c>); strict mode is the default.</summary>
    public bool Lenient { get; set; }

    /// <summary>Lifetime of issued access tokens, in seconds.</summary>
    public int TokenTtlSeconds { get; set; } = 3600;

    /// <summary>Applications allowed to obtain tokens; replaced (not extended) by the first <c>--app</c>.</summary>
    public List<AppCredential> Apps { get; } = [new AppCredential(DefaultAppId, DefaultAppSecret)];

    /// <summary>How many clusters are seeded.</summary>
    public int Clusters { get; set; } = 1;

    /// <summary>Simulates a control plane from before the client_credentials grant: only app_token is served.</summary>
    public bool LegacyTokenOnly { get; set; }

    /// <summary>A seed file (JSON) describing the tenant to start from and to return to on reset (<c>--seed</c>).</summary>
    public string? SeedPath { get; set; }

    /// <summary>Names of the seeded clusters, when a seed file gives them; otherwise <c>cluster-1</c>..<c>cluster-N</c>.</summary>
    public List<string> ClusterNames { get; } = [];

    /// <summary>A PKCS#12 (.pfx) certificate to serve HTTPS with (<c>--certificate</c>); plain HTTP when null.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/> (<c>--certificate-password</c>), if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Speed-up factor of workload lifecycles (used by the workloads area).</summary>
    public double LifecycleSpeed { get; set; } = 1;

    public static string Usage =>
        """
        Usage: Runai.Emulator [options]
          --port <n>                 TCP port on 127.0.0.1 (0 = any free port)
          --contract <openapi.json>  strict mode against this document (default: the embedded contract digest)
          --lenient                  no contract validation
          --token-ttl <seconds>      access-token lifetime (default 3600)
          --app <clientId>:<secret>  credentials that may obtain tokens (repeatable; default emulator-app:emulator-secret)
          --clusters <n>             number of seeded clusters (default 1)
          --legacy-token-only        answer the client_credentials grant with 400 (pre-client_credentials control plane)
          --lifecycle-speed <factor> workload lifecycle speed-up (default 1)
          --seed <file.json>         start from (and reset to) the tenant it describes (clusters ... workloads, assets)
          --certificate <file.pfx>   serve HTTPS (admin routes included) with this certificate instead of HTTP
          --certificate-password <p> the password of the --certificate file
          --write-digest <openapi.json> <digest.json>  write the contract digest of a document, then exit
          --help                     this list, then exit
        """;

    /// <exception cref="ArgumentException">An option is unknown, lacks its value or has an invalid value.</exception>
    public static EmulatorOptions Parse(string[] args)
    {
        var options = new EmulatorOptions();
        var appsGiven = false;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "--port": options.Port = ParseInt(name, ValueOf(args, ref i), 0, 65535); break;
                case "--contract": options.ContractPath = ValueOf(args, ref i); break;
                case "--lenient": options.Lenient = true; break;
                case "--token-ttl": options.TokenTtlSeconds = ParseInt(name, ValueOf(args, ref i), 1, int.MaxValue); break;
                case "--app": AddApp(options, ValueOf(args, ref i), ref appsGiven); break;
                case "--clusters": options.Clusters = ParseInt(name, ValueOf(args, ref i), 1, 4096); break;
                case "--legacy-token-only": options.LegacyTokenOnly = true; break;
                case "--seed": options.SeedPath = ValueOf(args, ref i); break;
                case "--certificate": options.CertificatePath = ValueOf(args, ref i); break;
                case "--certificate-password": options.CertificatePassword = ValueOf(args, ref i); break;
                case "--lifecycle-speed": options.LifecycleSpeed = ParsePositiveDouble(name, ValueOf(args, ref i)); break;
                default: throw new ArgumentException($"Unknown option '{name}'.");
            }
        }
        if (options.Lenient && options.ContractPath is not null)
            throw new ArgumentException("Options '--contract' and '--lenient' contradict each other.");
        if (options.CertificatePassword is not null && options.CertificatePath is null)
            throw new ArgumentException("Option '--certificate-password' needs '--certificate'.");
        return options;
    }

    private static string ValueOf(string[] args, ref int i)
    {
        var name = args[i];
        if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException($"Option '{name}' needs a value.");
        return args[++i];
    }

    private static int ParseInt(string name, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new ArgumentException($"Option '{name}' needs an integer from {min} to {max}, not '{text}'.");
        return value;
    }

    private static double ParsePositiveDouble(string name, string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value <= 0)
            throw new ArgumentException($"Option '{name}' needs a positive number, not '{text}'.");
        return value;
    }

    private static void AddApp(EmulatorOptions options, string text, ref bool appsGiven)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
            throw new ArgumentException("Option '--app' needs the form <clientId>:<secret>.");
        if (!appsGiven)
        {
            options.Apps.Clear();
            appsGiven = true;
        }
        options.Apps.Add(new AppCredential(text[..colon], text[(colon + 1)..]));
    }
}

/// <summary>An application (service account / access key) allowed to obtain tokens.</summary>
public sealed record AppCredential(string ClientId, string Secret)
{
    // Keep the secret out of logs and test output.
    public override string ToString() => $"AppCredential {{ ClientId = {ClientId} }}";
}
