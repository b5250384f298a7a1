namespace Runai.Client.Diagnostics;

/// <summary>Receives the client's diagnostic lines. Messages are already redacted.</summary>
public interface IRunaiLogSink
{
    /// <summary>When false the client does not even format request and response bodies.</summary>
    bool IsDebugEnabled { get; }
    void Verbose(string message);
    void Debug(string message);
    void Warning(string message);
}
