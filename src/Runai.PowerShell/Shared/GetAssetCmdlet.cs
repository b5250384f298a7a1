using System.Linq;
using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>
/// Get- of an asset family (data sources, credentials, compute and environment assets, workload templates): every kind
/// in one list request when -Kind is absent, one kind's list when it names one; -Name wildcards matched here where the
/// list takes no filterBy, -Id checked before any request.
/// </summary>
public abstract class GetAssetCmdlet : RunaiCmdlet, IAssetCatalogVisitor
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected abstract AssetFamily Family { get; }

    /// <summary>The -Kind values given (null: every kind of the family).</summary>
    protected virtual string[]? SelectedKinds => null;

    protected override void ProcessRecord() => AssetCatalog.Of(Family).Accept(this);

    void IAssetCatalogVisitor.Visit<T>(AssetCatalog<T> catalog)
    {
        var connection = RequireConnection();
        if (ParameterSetName == ByIdSet)
        {
            foreach (var asset in AssetTargets.Resolve(this, connection, catalog, SelectedKinds, Id, null)) WriteObject(asset);
            return;
        }
        var kinds = catalog.Select(SelectedKinds);
        var all = kinds.Count == catalog.Kinds.Count;
        var client = connection.Resource(kinds.Count == 1 ? kinds[0].Descriptor : catalog.List);
        var names = kinds.Select(k => k.Name).ToList();
        ListWriter.Write(this, client, Name, localFilter: all || kinds.Count == 1 ? null : a => names.Contains(a.Kind));
    }
}
