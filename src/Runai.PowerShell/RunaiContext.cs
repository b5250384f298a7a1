using System;
using Runai.Client;
using Runai.Client.Authentication;

namespace Runai.PowerShell;

/// <summary>
/// The connection as PowerShell holds it: what Connect-Runai -PassThru, Get-RunaiContext and Set-RunaiContext -PassThru
/// return, and what -Connection takes. Its properties are read from the connection each time, so an object held since
/// Connect-Runai shows the cluster Set-RunaiContext chose later. The <see cref="RunaiConnection"/> it wraps is internal:
/// no public property or method reaches a token or a credential, so ConvertTo-Json, Export-Clixml, Format-Custom and
/// Format-List * of it show neither.
/// </summary>
/// <remarks>
/// This type lives in Runai.PowerShell, which loads in the default load context, so any runspace of the process binds
/// it (ForEach-Object -Parallel with $using: passes the same object); Runai.Client's types may load privately.
/// </remarks>
public sealed class RunaiContext
{
    internal RunaiContext(RunaiConnection connection) =>
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));

    /// <summary>The connection the cmdlets call through. Internal on purpose: see the class summary.</summary>
    internal RunaiConnection Connection { get; }

    public Uri BaseUrl => Connection.BaseUrl;
    public string? ClusterName => Connection.Cluster?.Name;
    public string? ClusterId => Connection.Cluster?.Uuid;

    /// <summary>The default project (Set-RunaiContext -Project): used by cmdlets whose -Project is omitted.</summary>
    public string? Project => Connection.Project?.Name;
    public string? ProjectId => Connection.Project?.Id;
    public RunaiAuthKind AuthKind => Connection.AuthKind;
    public string? ClientId => Connection.ClientId;
    public string? GrantType => Connection.GrantType;
    public DateTimeOffset? TokenExpiresOn => Connection.TokenExpiresOn;
    public int MaxRetries => Connection.Options.MaxRetries;
    public int TimeoutSec => (int)Connection.Options.Timeout.TotalSeconds;
    public bool SkipCertificateCheck => Connection.Options.SkipCertificateCheck;

    public override string ToString() => $"{BaseUrl} ({ClusterName ?? "no cluster"}{(Project is null ? "" : ", project " + Project)})";
}
