using System;
using System.IO;
using System.Management.Automation;
using Runai.Client;
using Runai.Client.Authentication;
using Runai.Client.Clusters;
using Runai.Client.Emulator;

namespace Runai.PowerShell;

/// <summary>
/// Starts a local Run:ai emulator as a child process, waits until it listens and connects the session to it with its
/// default application. The emulator comes from -Path (a file, or a tool folder), else the runai-emulator tool on PATH or
/// in ~/.dotnet/tools, else a Runai.Emulator.dll beside the module or in the repository it was built in.
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "RunaiEmulator", SupportsShouldProcess = true)]
[OutputType(typeof(EmulatorProcess))]
public sealed class StartRunaiEmulatorCommand : RunaiAsyncCmdlet
{
    /// <summary>TCP port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    [Parameter]
    [ValidateRange(0, 65535)]
    public int Port { get; set; }

    /// <summary>A seed file (JSON) describing the tenant to start from, and return to on Reset-RunaiEmulator.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Seed { get; set; }

    /// <summary>No contract validation; by default every /api request is checked against the contract.</summary>
    [Parameter]
    public SwitchParameter Lenient { get; set; }

    /// <summary>Lifetime of the access tokens it issues, in seconds.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int TokenTtl { get; set; }

    /// <summary>Speed-up factor of workload lifecycles.</summary>
    [Parameter]
    [ValidateRange(0.001, 1000000)]
    public double LifecycleSpeed { get; set; }

    /// <summary>A Runai.Emulator.dll or a runai-emulator executable.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Seconds to wait until the emulator listens.</summary>
    [Parameter]
    [ValidateRange(1, 600)]
    public int TimeoutSec { get; set; } = 30;

    /// <summary>Leave the current connection as it is.</summary>
    [Parameter]
    public SwitchParameter NoConnect { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        var options = new EmulatorStartOptions
        {
            Port = Port,
            Lenient = Lenient,
            Path = Path is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path),
            SeedPath = Seed is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(Seed),
            Timeout = TimeSpan.FromSeconds(TimeoutSec),
        };
        if (MyInvocation.BoundParameters.ContainsKey(nameof(TokenTtl))) options.TokenTtlSeconds = TokenTtl;
        if (MyInvocation.BoundParameters.ContainsKey(nameof(LifecycleSpeed))) options.LifecycleSpeed = LifecycleSpeed;
        var moduleFolder = System.IO.Path.GetDirectoryName(typeof(StartRunaiEmulatorCommand).Assembly.Location);
        if (!string.IsNullOrEmpty(moduleFolder)) options.SearchFrom.Add(moduleFolder!);
        if (options.SeedPath is { } seed && !File.Exists(seed))
        {
            ThrowTerminatingError(ErrorRecordFactory.Create($"There is no seed file at '{Seed}'.", ErrorIds.InvalidArgument,
                ErrorCategory.ObjectNotFound, Seed));
        }

        (string FileName, System.Collections.Generic.IReadOnlyList<string> Prefix) located;
        try
        {
            located = EmulatorProcess.Locate(options);
        }
        catch (RunaiEmulatorStartException e)
        {
            ThrowTerminatingError(StartError(e, Path));
            return;
        }
        if (!ShouldProcess(located.FileName + " " + string.Join(" ", located.Prefix), "Start emulator")) return;

        EmulatorProcess emulator;
        try
        {
            emulator = Run(ct => EmulatorProcess.StartAsync(options, ct));
        }
        catch (RunaiEmulatorStartException e)
        {
            ThrowTerminatingError(StartError(e, Path));
            return;
        }
        EmulatorSession.Replace(emulator);
        WriteVerbose($"Emulator {emulator.Url} (pid {emulator.ProcessId}, strict: {emulator.StrictMode ?? "off"}).");
        if (!NoConnect) Connect(emulator);
        if (PassThru) WriteObject(emulator);
    }

    private void Connect(EmulatorProcess emulator)
    {
        var connection = new RunaiConnection(new RunaiConnectionOptions
        {
            BaseUrl = emulator.Url,
            UserAgentSuffix = $"PowerShell {Host.Version}",
        }, new ClientSecretCredential(EmulatorDefaults.AppId, EmulatorDefaults.AppSecret));
        try
        {
            Run(ct => connection.AuthenticateAsync(ct));
            connection.Cluster = Run(async ct =>
            {
                var all = await connection.Clusters().ListAllAsync(cancellationToken: ct).ConfigureAwait(false);
                return all.Count == 1 ? all[0] : null;
            });
        }
        catch (Exception e) when (e is RunaiException or ArgumentException)
        {
            connection.Dispose();
            emulator.Stop();
            EmulatorSession.Forget(emulator);
            ThrowTerminatingError(ErrorRecordFactory.Create(e, emulator.Url));
        }
        RunaiSession.Replace(new RunaiContext(connection));
        WriteVerbose($"Connected to {emulator.Url}; cluster: {connection.Cluster?.Name ?? "(none)"}.");
    }

    private static ErrorRecord StartError(RunaiEmulatorStartException e, object? target)
    {
        var (id, category, action) = e.Failure switch
        {
            EmulatorStartFailure.EmulatorNotFound => (ErrorIds.EmulatorNotFound, ErrorCategory.ObjectNotFound,
                "dotnet tool install --global Runai.Emulator, or Start-RunaiEmulator -Path <Runai.Emulator.dll>"),
            EmulatorStartFailure.DotnetNotFound => (ErrorIds.DotnetNotFound, ErrorCategory.ResourceUnavailable,
                "Install the .NET 10 runtime from https://dot.net/download and put 'dotnet' on PATH."),
            _ => (ErrorIds.EmulatorStartFailed, ErrorCategory.ResourceUnavailable,
                "Read what the emulator printed; Start-RunaiEmulator -Port 0 picks a free port."),
        };
        return new ErrorRecord(e, id, category, target) { ErrorDetails = new ErrorDetails(e.Message) { RecommendedAction = action } };
    }
}
