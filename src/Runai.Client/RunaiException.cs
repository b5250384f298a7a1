using System;

namespace Runai.Client;

/// <summary>Base of every error the client raises; messages never carry secrets.</summary>
public class RunaiException : Exception
{
    public RunaiException(string message, Exception? innerException = null) : base(message, innerException) { }
}

/// <summary>The connection cannot authenticate: bad credentials, an expired token that cannot be refreshed, an unusable CLI login.</summary>
public sealed class RunaiAuthenticationException : RunaiException
{
    public RunaiAuthenticationException(string message, Exception? innerException = null) : base(message, innerException) { }
}

/// <summary>The control plane could not be reached, or did not answer in time, after all retries.</summary>
public sealed class RunaiNetworkException : RunaiException
{
    public RunaiNetworkException(string message, string method, string path, bool isTimeout, Exception? innerException = null)
        : base(message, innerException)
    {
        Method = method;
        Path = path;
        IsTimeout = isTimeout;
    }

    public string Method { get; }
    public string Path { get; }
    public bool IsTimeout { get; }
}

/// <summary>A cluster-scoped call was made on a connection whose tenant has several clusters and none was selected.</summary>
public sealed class RunaiNoClusterSelectedException : RunaiException
{
    public RunaiNoClusterSelectedException()
        : base("No cluster is selected for this connection, and the tenant has several; select one before cluster-scoped calls.") { }
}
