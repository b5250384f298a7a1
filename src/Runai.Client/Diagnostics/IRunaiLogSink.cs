namespace Runai.Client.Diagnostics;

/// <summary>Receives the client's diagnostic lines. Messages are already redacted.</summary>
public interface IRunaiLogSink
{
    /// <summary>When false the client does not even format request and response bodies.</summary>
    bool IsDebugEnabled { get; }

    /// <summary>When false (and <see cref="IsDebugEnabled"/> is too) the client writes no per-request lines at all.</summary>
    bool IsVerboseEnabled { get; }
    void Verbose(string message);
    void Debug(string message);
    void Warning(string message);
}
