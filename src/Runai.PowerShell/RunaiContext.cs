using System;
using Runai.Client;
using Runai.Client.Authentication;

namespace Runai.PowerShell;

/// <summary>What Get-RunaiContext shows of a connection: where, which cluster, how authenticated. Never a secret.</summary>
public sealed class RunaiContext
{
    public RunaiContext(RunaiConnection connection)
    {
        Connection = connection;
        BaseUrl = connection.BaseUrl;
        ClusterName = connection.Cluster?.Name;
        ClusterId = connection.Cluster?.Uuid;
        AuthKind = connection.AuthKind;
        ClientId = (connection.Credential as ClientSecretCredential)?.ClientId;
        GrantType = (connection.Credential as ClientSecretCredential)?.GrantType;
        TokenExpiresOn = connection.Tokens.Current?.ExpiresOn;
        MaxRetries = connection.Options.MaxRetries;
        TimeoutSec = (int)connection.Options.Timeout.TotalSeconds;
        SkipCertificateCheck = connection.Options.SkipCertificateCheck;
    }

    public Uri BaseUrl { get; }
    public string? ClusterName { get; }
    public string? ClusterId { get; }
    public RunaiAuthKind AuthKind { get; }
    public string? ClientId { get; }
    public string? GrantType { get; }
    public DateTimeOffset? TokenExpiresOn { get; }
    public int MaxRetries { get; }
    public int TimeoutSec { get; }
    public bool SkipCertificateCheck { get; }

    /// <summary>The connection itself, for -Connection of other cmdlets.</summary>
    public RunaiConnection Connection { get; }

    public override string ToString() => $"{BaseUrl} ({ClusterName ?? "no cluster"})";
}
