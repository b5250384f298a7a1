using System.Collections.Concurrent;
using Runai.Client.Diagnostics;

namespace Runai.Tests.Unit.Support;

public sealed class ListLogSink : IRunaiLogSink
{
    public ListLogSink(bool debug = true, bool verbose = true)
    {
        IsDebugEnabled = debug;
        IsVerboseEnabled = verbose;
    }

    public bool IsDebugEnabled { get; }
    public bool IsVerboseEnabled { get; }
    public ConcurrentQueue<string> Lines { get; } = new();
    public void Verbose(string message) => Lines.Enqueue("VERBOSE: " + message);
    public void Debug(string message) => Lines.Enqueue("DEBUG: " + message);
    public void Warning(string message) => Lines.Enqueue("WARNING: " + message);
    public string All => string.Join("\n", Lines);
}
