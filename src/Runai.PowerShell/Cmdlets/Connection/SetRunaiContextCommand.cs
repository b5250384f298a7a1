using System.Management.Automation;
using Runai.Client.Clusters;

namespace Runai.PowerShell;

/// <summary>
/// Selects the cluster that cluster-scoped cmdlets use, on the current connection or on -Connection. The connection
/// object changes in place: every variable that holds it sees the new cluster; -PassThru returns that same object.
/// </summary>
[Cmdlet(VerbsCommon.Set, "RunaiContext", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(RunaiContext))]
public sealed class SetRunaiContextCommand : RunaiCmdlet
{
    /// <summary>The cluster's name or UUID.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ClusterId", "Uuid")]
    [ValidateNotNullOrEmpty]
    public string Cluster { get; set; } = "";

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var context = RequireContext();
        var connection = context.Connection;
        if (!TryRun(ct => connection.Clusters().ResolveAsync(Cluster, cancellationToken: ct), Cluster, out var cluster)) return;
        if (!ShouldProcess($"connection to {connection.BaseUrl}", $"Select cluster '{cluster.Name}'")) return;
        connection.Cluster = cluster;
        if (PassThru) WriteObject(context);
    }
}
