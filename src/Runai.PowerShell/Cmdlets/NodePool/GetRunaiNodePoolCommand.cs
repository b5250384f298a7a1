using System.Management.Automation;
using Runai.Client.Organization;
using Runai.PowerShell.Organization;

namespace Runai.PowerShell.Cmdlets.NodePool;

/// <summary>Lists node pools by name (wildcards) or id; streams page by page.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiNodePool", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Runai.Client.Organization.NodePool))]
public sealed class GetRunaiNodePoolCommand : RunaiCmdlet
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

        var paging = new PagingWriter(PagingParameters);
        var cluster = connection.Cluster?.Uuid;
        foreach (var query in OrgUnitQuery.For(Name, cluster is null ? null : "clusterId==" + cluster))
        {
            if (PagingParameters.IncludeTotalCount && query.ExactOnServer
                && TryRun(ct => pools.CountAsync(query.FilterBy, ct), query.Pattern, out var total))
            {
                WriteObject(PagingParameters.NewTotalCount((ulong)total, 1.0));
            }
            var found = 0;
            var skip = query.ExactOnServer ? paging.TakeServerSkip() : 0;
            var more = true;
            try
            {
                foreach (var pool in Stream(pools.ListAsync(query.FilterBy, skip: skip, cancellationToken: CancellationToken)))
                {
                    if (!query.Matches(pool.Name)) continue;
                    found++;
                    if (!(more = paging.Write(this, new[] { pool }))) break;
                }
            }
            catch (Runai.Client.RunaiException e)
            {
                WriteRunaiError(e, query.Pattern);
                continue;
            }
            if (found == 0 && skip == 0 && query.IsLiteral)
            {
                WriteInputError($"No node pool named '{query.Pattern}' was found.", ErrorIds.ResourceNotFound, ErrorCategory.ObjectNotFound, query.Pattern);
            }
            if (!more) return;
        }
    }
}
