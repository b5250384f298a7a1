using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Remove- of an asset family: piped assets bind -Id and -Kind; a name is looked up across the family's kinds.</summary>
public abstract class RemoveAssetCmdlet : RemoveCmdlet, IAssetCatalogVisitor
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string[]? Name { get; set; }

    protected abstract AssetFamily Family { get; }

    protected virtual string[]? SelectedKinds => null;

    protected override void ProcessRecord() => AssetCatalog.Of(Family).Accept(this);

    void IAssetCatalogVisitor.Visit<T>(AssetCatalog<T> catalog)
    {
        var connection = RequireConnection();
        foreach (var asset in AssetTargets.Resolve(this, connection, catalog, SelectedKinds, Id, Name))
        {
            var kind = catalog.KindOf(asset.Kind)!;
            Changes.Submit($"{kind.Noun} '{asset.Name}' (id {asset.Id})", "Remove", asset, ct => connection.Resource(kind.Descriptor).DeleteAsync(asset.Id, ct));
        }
    }
}
