using System;
using System.Management.Automation;
using System.Security;
using Runai.Client;
using Runai.Client.Authentication;
using Runai.Client.Clusters;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>
/// Connects to a Run:ai control plane and makes the connection current. Authenticates at once, so a bad secret, an
/// unreachable host or a malformed URL fails here rather than at the first call.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "Runai", DefaultParameterSetName = EnvironmentSet)]
[OutputType(typeof(RunaiContext))]
public sealed class ConnectRunaiCommand : RunaiAsyncCmdlet
{
    public const string ClientSecretSet = "ClientSecret";
    public const string CredentialSet = "Credential";
    public const string TokenSet = "Token";
    public const string CliConfigSet = "CliConfig";
    public const string EnvironmentSet = "Environment";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ClientSecretSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = TokenSet)]
    [Parameter(Position = 0, ParameterSetName = EnvironmentSet)]
    [ValidateNotNullOrEmpty]
    public string? BaseUrl { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
    [ValidateNotNullOrEmpty]
    public string? ClientId { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
    [ValidateNotNull]
    public SecureString? ClientSecret { get; set; }

    /// <summary>The client id as user name and the client secret as password.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = TokenSet)]
    [ValidateNotNull]
    public SecureString? Token { get; set; }

    /// <summary>The Run:ai CLI v2 folder holding config.json and authentication.json (usually ~/.runai).</summary>
    [Parameter(Mandatory = true, ParameterSetName = CliConfigSet)]
    [ValidateNotNullOrEmpty]
    public string? CliConfigPath { get; set; }

    /// <summary>The cluster to work with, by name or UUID. A tenant with one cluster selects it by itself.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Cluster { get; set; }

    /// <summary>The default project, by name or id: cmdlets whose -Project is omitted use it (see Set-RunaiContext).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Project { get; set; }

    [Parameter]
    [ValidateRange(0, 10)]
    public int MaxRetries { get; set; } = 3;

    [Parameter]
    [ValidateRange(1, 3600)]
    public int TimeoutSec { get; set; } = 100;

    [Parameter]
    public SwitchParameter SkipCertificateCheck { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        var credential = CreateCredential(out var baseUrlText, out var clusterHint);
        var baseUrl = ParseBaseUrl(baseUrlText);
        if (SkipCertificateCheck) WriteWarning("-SkipCertificateCheck accepts any server certificate; use it only with test installations.");

        var options = new RunaiConnectionOptions
        {
            BaseUrl = baseUrl,
            MaxRetries = MaxRetries,
            Timeout = TimeSpan.FromSeconds(TimeoutSec),
            SkipCertificateCheck = SkipCertificateCheck,
            UserAgentSuffix = $"PowerShell {Host.Version}",
        };
        var connection = new RunaiConnection(options, credential);
        var clusterCount = -1;
        object? failedInput = Cluster ?? baseUrlText;
        try
        {
            Run(ct => connection.AuthenticateAsync(ct));
            connection.Cluster = Run(async ct =>
            {
                var wanted = Cluster ?? clusterHint;
                if (wanted is not null) return await connection.Clusters().ResolveAsync(wanted, cancellationToken: ct).ConfigureAwait(false);
                var all = await connection.Clusters().ListAllAsync(cancellationToken: ct).ConfigureAwait(false);
                clusterCount = all.Count;
                return all.Count == 1 ? all[0] : null;
            });
            failedInput = Project;
            if (Project is not null)
                connection.Project = Run(ct => connection.Projects().ResolveAsync(Project, connection.Cluster?.Uuid, ct));
        }
        catch (Exception e) when (e is RunaiException or ArgumentException)
        {
            connection.Dispose();
            ThrowTerminatingError(ErrorRecordFactory.Create(e, failedInput));
        }
        if (connection.Cluster is null)
        {
            WriteWarning(clusterCount == 0
                ? "The tenant has no clusters yet: cluster-scoped cmdlets (New-RunaiProject, New-RunaiNodePool…) fail until one is added and selected with Set-RunaiContext -Cluster."
                : "The tenant has several clusters and none was chosen. Run Set-RunaiContext -Cluster <name>; Get-RunaiCluster lists them.");
        }

        // The previous connection stays usable: a script may hold it for -Connection to drive two control planes.
        var context = new RunaiContext(connection);
        RunaiSession.Replace(context);
        WriteVerbose($"Connected to {baseUrl} as {connection.AuthKind}; cluster: {connection.Cluster?.Name ?? "(none)"}; project: {connection.Project?.Name ?? "(none)"}.");
        if (PassThru) WriteObject(context);
    }

    private RunaiCredential CreateCredential(out string? baseUrl, out string? clusterHint)
    {
        baseUrl = BaseUrl;
        clusterHint = null;
        switch (ParameterSetName)
        {
            case ClientSecretSet:
                return new ClientSecretCredential(ClientId!, ClientSecret!);
            case CredentialSet:
                return new ClientSecretCredential(Credential!.UserName, Credential.Password);
            case TokenSet:
                return new BearerTokenCredential(Token!);
            case CliConfigSet:
                CliConfig config;
                try
                {
                    config = CliConfig.Load(SessionState.Path.GetUnresolvedProviderPathFromPSPath(CliConfigPath));
                }
                catch (RunaiAuthenticationException e)
                {
                    ThrowTerminatingError(new ErrorRecord(e, ErrorIds.AuthenticationFailed, ErrorCategory.AuthenticationError, CliConfigPath));
                    throw;
                }
                baseUrl = config.ControlPlaneUrl.ToString();
                clusterHint = config.ClusterId;
                return new CliLoginCredential(config);
            default:
                baseUrl ??= Environment.GetEnvironmentVariable("RUNAI_BASE_URL");
                var clientId = Environment.GetEnvironmentVariable("RUNAI_CLIENT_ID");
                var secret = Environment.GetEnvironmentVariable("RUNAI_CLIENT_SECRET");
                clusterHint = Environment.GetEnvironmentVariable("RUNAI_CLUSTER_ID");
                foreach (var (name, value) in new[] { ("RUNAI_BASE_URL", baseUrl), ("RUNAI_CLIENT_ID", clientId), ("RUNAI_CLIENT_SECRET", secret) })
                {
                    if (string.IsNullOrWhiteSpace(value))
                        ThrowTerminatingError(ErrorRecordFactory.Create(
                            $"Connect-Runai was given no credentials and the environment variable {name} is not set.",
                            ErrorIds.MissingConnectionSetting, ErrorCategory.InvalidArgument, name,
                            "Pass -ClientId and -ClientSecret, -Credential, -Token or -CliConfigPath, or set RUNAI_BASE_URL, RUNAI_CLIENT_ID and RUNAI_CLIENT_SECRET."));
                }
                return new ClientSecretCredential(clientId!, secret!);
        }
    }

    private Uri ParseBaseUrl(string? text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || string.IsNullOrEmpty(url.Host))
        {
            ThrowTerminatingError(ErrorRecordFactory.Create($"'{text}' is not an absolute https URL such as https://acme.run.ai.",
                ErrorIds.InvalidBaseUrl, ErrorCategory.InvalidArgument, text));
        }
        if (url!.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            ThrowTerminatingError(ErrorRecordFactory.Create($"'{text}' uses plain http; Run:ai control planes must be reached over https (http is allowed only for loopback addresses such as the emulator).",
                ErrorIds.InvalidBaseUrl, ErrorCategory.InvalidArgument, text));
        }
        return url;
    }
}
