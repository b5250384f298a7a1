using System.Management.Automation;
using Runai.Client.Clusters;
using Runai.Client.DataVolumes;

namespace Runai.PowerShell;

/// <summary>
/// Whether a data volume could be created with each name: $true when the name is free in the cluster (names are unique
/// per cluster), $false when a data volume has it. One Boolean per name, in order, as Test-Path answers.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "RunaiDataVolumeName")]
[OutputType(typeof(bool))]
public sealed class TestRunaiDataVolumeNameCommand : RunaiCmdlet
{
    private string? clusterId;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = System.Array.Empty<string>();

    /// <summary>The cluster (name or id) to ask about; by default the connection's cluster.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public string? Cluster { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (clusterId is null && !TryRun(async ct => Cluster is null ? connection.RequireClusterId() : (await connection.Clusters().ResolveAsync(Cluster, null, ct).ConfigureAwait(false)).Uuid,
                (object?)Cluster ?? Name, out clusterId)) return;
        NameAvailabilityWriter.Write(this, Name, "data volume", (name, ct) => connection.DataVolumes().IsNameAvailableAsync(name, clusterId!, ct));
    }
}
