using System;
using System.Net.Http;

namespace Runai.Client;

/// <summary>How a <see cref="RunaiConnection"/> talks to the control plane.</summary>
public sealed class RunaiConnectionOptions
{
    /// <summary>The control plane, e.g. <c>https://acme.run.ai</c>. Must be https unless it is a loopback address.</summary>
    public Uri BaseUrl { get; set; } = null!;

    /// <summary>Retries after the first attempt on transient failures; 0 disables retries.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Timeout of one attempt (each retry gets its own).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>First backoff delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A server's Retry-After is honoured up to this long.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Accept any server certificate (test installations only).</summary>
    public bool SkipCertificateCheck { get; set; }

    /// <summary>The clock for token expiry and backoff; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Replaces the network transport (tests); null uses an <see cref="HttpClientHandler"/>.</summary>
    public Func<HttpMessageHandler>? TransportFactory { get; set; }

    /// <summary>Appended to the User-Agent header, e.g. the PowerShell version.</summary>
    public string? UserAgentSuffix { get; set; }

    internal RunaiConnectionOptions Validated()
    {
        if (BaseUrl is null) throw new ArgumentException("BaseUrl is required.", nameof(BaseUrl));
        if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttps && BaseUrl.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"BaseUrl '{BaseUrl}' must be an absolute http(s) URL.", nameof(BaseUrl));
        if (BaseUrl.Scheme == Uri.UriSchemeHttp && !BaseUrl.IsLoopback)
            throw new ArgumentException($"BaseUrl '{BaseUrl}' must use https; plain http is allowed only for loopback addresses.", nameof(BaseUrl));
        if (MaxRetries < 0) throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "MaxRetries cannot be negative.");
        if (Timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Timeout must be positive.");
        return this;
    }
}
