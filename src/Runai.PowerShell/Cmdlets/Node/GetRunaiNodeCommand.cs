using System.Management.Automation;
using Runai.Client.Organization;
using Runai.PowerShell.Organization;

namespace Runai.PowerShell.Cmdlets.Node;

/// <summary>Lists the nodes of the tenant's clusters, by name (wildcards) and node pool.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiNode", SupportsPaging = true)]
[OutputType(typeof(Runai.Client.Organization.Node))]
public sealed class GetRunaiNodeCommand : RunaiCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Only nodes of this node pool (by name); binds from piped node pools.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("NodePoolName")]
    [ValidateNotNullOrEmpty]
    public string? NodePool { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var nodes = connection.Nodes();
        var cluster = connection.Cluster?.Uuid;
        var paging = new PagingWriter(PagingParameters);
        foreach (var query in OrgUnitQuery.For(Name, cluster is null ? null : "clusterUuid==" + cluster, NodePool is null ? null : "nodePool==" + NodePool))
        {
            var found = 0;
            var skip = query.ExactOnServer ? paging.TakeServerSkip() : 0;
            var more = true;
            try
            {
                foreach (var node in Stream(nodes.ListAsync(query.FilterBy, skip: skip, cancellationToken: CancellationToken)))
                {
                    if (!query.Matches(node.Name)) continue;
                    found++;
                    if (!(more = paging.Write(this, new[] { node }))) break;
                }
            }
            catch (Runai.Client.RunaiException e)
            {
                WriteRunaiError(e, query.Pattern);
                continue;
            }
            if (found == 0 && skip == 0 && query.IsLiteral)
            {
                WriteInputError($"No node named '{query.Pattern}' was found.", ErrorIds.ResourceNotFound, ErrorCategory.ObjectNotFound, query.Pattern);
            }
            if (!more) return;
        }
    }
}
