using System;
using System.Diagnostics;
using System.Runtime;

namespace Runai.Bench.Floor;

/// <summary>
/// Whether the JIT has gone quiet: it compiled for less than 10 ms per second (1% of a core) over the last window of
/// at least a second. The warm-ups run until then, so that a timed run never shares the processor with tier-up
/// compilation (bench/BenchCase.ps1 applies the same rule to the pwsh cases).
/// </summary>
internal sealed class JitQuiet
{
    private readonly double maxWarmupSeconds;
    private readonly Stopwatch window = Stopwatch.StartNew();
    private TimeSpan compiling = JitInfo.GetCompilationTime();

    public JitQuiet(double maxWarmupSeconds) => this.maxWarmupSeconds = maxWarmupSeconds;

    /// <summary>Whether the last whole window was quiet (false until one was).</summary>
    public bool Quiet { get; private set; }

    /// <summary>True once the JIT is quiet, or the warm-up has lasted the most it may (or no most was given).</summary>
    public bool Check(Stopwatch warming)
    {
        if (maxWarmupSeconds <= 0 || warming.Elapsed.TotalSeconds >= maxWarmupSeconds) return true;
        var seconds = window.Elapsed.TotalSeconds;
        if (seconds < 1) return Quiet;
        var now = JitInfo.GetCompilationTime();
        Quiet = (now - compiling).TotalMilliseconds / seconds < 10;
        compiling = now;
        window.Restart();
        return Quiet;
    }
}
