namespace Runai.Client.Pipeline;

/// <summary>Keys of per-request values the handlers share (HttpRequestMessage.Properties; netstandard2.0 has no Options).</summary>
internal static class RequestProperties
{
    /// <summary>1 for the first attempt, 2 for the first retry, and so on (set by the retry handler, read by logging).</summary>
    public const string Attempt = "Runai.Attempt";

    /// <summary>Set when an earlier attempt of the request lost its answer (connection, timeout, 5xx): it may have been applied.</summary>
    public const string EarlierAttemptLost = "Runai.EarlierAttemptLost";
}
