using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Changes only the given fields of a node pool (the contract's PATCH). Returns the pool with -PassThru.</summary>
[Cmdlet(VerbsCommon.Set, "RunaiNodePool", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Runai.Client.Organization.NodePool))]
public sealed class SetRunaiNodePoolCommand : RunaiChangeCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("NodePoolId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NodePoolNameCompleter))]
    public string? Name { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LabelKey { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LabelValue { get; set; }

    [Parameter]
    [ValidateSet("spread", "binpack")]
    public string? PlacementStrategy { get; set; }

    [Parameter]
    [ValidateSet("spread", "binpack")]
    public string? CpuPlacementStrategy { get; set; }

    [Parameter]
    [ValidateSet("Use", "DontUse", "Auto")]
    public string? GpuNetworkAcceleration { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? GpuNetworkAccelerationLabelKey { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var changes = new JsonObject();
        var described = new List<string>();
        void Change(string field, string? value, string label)
        {
            if (value is null) return;
            changes[field] = value;
            described.Add($"{label} {value}");
        }
        Change("labelKey", LabelKey, "label key");
        Change("labelValue", LabelValue, "label value");
        Change("gpuNetworkAccelerationDetection", GpuNetworkAcceleration, "GPU network acceleration");
        Change("gpuNetworkAccelerationLabelKey", GpuNetworkAccelerationLabelKey, "GPU network acceleration label");
        var connection = RequireConnection();
        var pools = connection.NodePools();
        foreach (var pool in TargetResolver.Resolve(this, pools, Id is null ? null : new[] { Id }, Name is null ? null : new[] { Name },
                     connection.Cluster?.Uuid))
        {
            var poolChanges = changes.DeepClone().AsObject();
            var poolDescribed = new List<string>(described);
            if (PlacementStrategy is not null || CpuPlacementStrategy is not null)
            {
                // placementStrategy is one object: send both halves, keeping the one not asked for.
                poolChanges["placementStrategy"] = new JsonObject
                {
                    ["gpu"] = PlacementStrategy ?? pool.PlacementStrategy?.Gpu,
                    ["cpu"] = CpuPlacementStrategy ?? pool.PlacementStrategy?.Cpu,
                };
                poolDescribed.Add("placement strategy");
            }
            if (poolChanges.Count == 0)
            {
                WriteVerbose("No setting was given; nothing to change.");
                if (PassThru) WriteObject(pool);
                continue;
            }
            Changes.Submit($"node pool '{pool.Name}'", "Update (" + string.Join(", ", poolDescribed) + ")", pool,
                ct => pools.PatchAsync(pool.Id, poolChanges, ct), write: PassThru);
        }
    }
}
