using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Lists node pools by name (wildcards) or id; streams page by page.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiNodePool", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Runai.Client.Organization.NodePool))]
public sealed class GetRunaiNodePoolCommand : OrganizationListCmdlet
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("NodePoolId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var pools = connection.NodePools();
        if (ParameterSetName == ByIdSet)
        {
            foreach (var id in Id!)
                if (TryRun(ct => pools.GetAsync(id, ct), id, out var found)) WriteObject(found);
            return;
        }

        var cluster = connection.Cluster?.Uuid;
        WriteMatches(OrgUnitQuery.For(Name, cluster is null ? null : "clusterId==" + cluster), "node pool",
            (filter, skip) => pools.ListAsync(filter, skip: skip, cancellationToken: CancellationToken), p => p.Name,
            pools.CountAsync);
    }
}
