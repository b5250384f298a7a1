using System.Text.Json;

namespace Runai.Tests.Unit.Support;

/// <summary>
/// Counts of the bad-input property tests (inputs tried, refused before sending, sent encoded), written as JSON to
/// $RUNAI_RELIABILITY_DIR/xunit-bad-input.json after each test, for the Test task's reliability report.
/// </summary>
internal static class ReliabilityFigures
{
    private static readonly Lock Gate = new();
    private static long tried;
    private static long refused;
    private static long sentEncoded;

    public static void Tried() => Interlocked.Increment(ref tried);
    public static void Refused() => Interlocked.Increment(ref refused);
    public static void SentEncoded() => Interlocked.Increment(ref sentEncoded);

    /// <summary>Writes the totals so far (each test rewrites the file, so the last one holds the whole run's).</summary>
    public static void Save()
    {
        var dir = Environment.GetEnvironmentVariable("RUNAI_RELIABILITY_DIR");
        if (string.IsNullOrEmpty(dir)) return;
        lock (Gate)
        {
            Directory.CreateDirectory(dir);
            var figures = new Dictionary<string, long>
            {
                ["InputsTried"] = Interlocked.Read(ref tried),
                ["InputsRefused"] = Interlocked.Read(ref refused),
                ["InputsSentEncoded"] = Interlocked.Read(ref sentEncoded),
            };
            File.WriteAllText(Path.Combine(dir, "xunit-bad-input.json"), JsonSerializer.Serialize(figures));
        }
    }
}
