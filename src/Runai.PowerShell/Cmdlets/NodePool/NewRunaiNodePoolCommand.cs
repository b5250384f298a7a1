using System.Management.Automation;
using Runai.Client;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Creates a node pool in the selected cluster: the nodes labelled LabelKey=LabelValue; returns the new pool.</summary>
[Cmdlet(VerbsCommon.New, "RunaiNodePool", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Runai.Client.Organization.NodePool))]
public sealed class NewRunaiNodePoolCommand : RunaiChangeCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string LabelKey { get; set; } = "";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string LabelValue { get; set; } = "";

    /// <summary>How GPU workloads are placed on the pool's nodes.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("spread", "binpack")]
    public string? PlacementStrategy { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("spread", "binpack")]
    public string? CpuPlacementStrategy { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("Use", "DontUse", "Auto")]
    public string? GpuNetworkAcceleration { get; set; }

    /// <summary>The node label that marks nodes with GPU network acceleration.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? GpuNetworkAccelerationLabelKey { get; set; }

    protected override void ProcessRecord()
    {
        if (!TryPrepare(() => ResourceNames.Check(Name, "node pool"), Name)) return;
        var connection = RequireConnection();
        if (!TryPrepare(connection.RequireClusterId, Name, out var clusterId)) return;
        var pool = new Runai.Client.Organization.NodePool
        {
            Name = Name,
            ClusterId = clusterId,
            LabelKey = LabelKey,
            LabelValue = LabelValue,
            GpuNetworkAccelerationDetection = GpuNetworkAcceleration,
            GpuNetworkAccelerationLabelKey = GpuNetworkAccelerationLabelKey,
        };
        if (PlacementStrategy is not null || CpuPlacementStrategy is not null)
            pool.PlacementStrategy = new Runai.Client.Organization.PlacementStrategy { Gpu = PlacementStrategy, Cpu = CpuPlacementStrategy };

        Changes.Submit($"node pool '{Name}' (nodes labelled {LabelKey}={LabelValue})", "Create", Name,
            ct => connection.NodePools().CreateAsync(pool, ct), write: true);
    }
}
