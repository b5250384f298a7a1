using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Deletes node pools (not the default one), by id (piped node pools bind) or name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiNodePool", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiNodePoolCommand : RemoveCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("NodePoolId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NodePoolNameCompleter))]
    public string[]? Name { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var pools = connection.NodePools();
        foreach (var pool in TargetResolver.Resolve(this, pools, Id, Name, connection.Cluster?.Uuid))
            Changes.Submit($"node pool '{pool.Name}' (id {pool.Id})", "Remove", pool, ct => pools.DeleteAsync(pool.Id, ct));
    }
}
