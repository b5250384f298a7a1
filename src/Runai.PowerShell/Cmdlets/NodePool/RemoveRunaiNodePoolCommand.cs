using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Deletes node pools (not the default one), by id (piped node pools bind) or name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiNodePool", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiNodePoolCommand : RunaiCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("NodePoolId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var pools = connection.NodePools();
        foreach (var key in Id ?? Name!)
        {
            // Resolve first, so the confirmation names the node pool and an unknown one fails before any delete.
            if (!TryRun(ct => Id is not null ? pools.GetAsync(key, ct) : pools.ResolveAsync(key, connection.Cluster?.Uuid, ct), key, out var pool))
                continue;
            if (!ShouldProcess($"node pool '{pool.Name}' (id {pool.Id})", "Remove")) continue;
            TryRun(ct => pools.DeleteAsync(pool.Id, ct), key);
        }
    }
}
