using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>
/// Set- of an asset family: the kind's PUT with the name, description and the spec fields it takes, the current values
/// kept; what the kind's update cannot take is refused before anything is sent. Returns the asset with -PassThru.
/// </summary>
public abstract class SetAssetCmdlet : RunaiChangeCmdlet, IAssetCatalogVisitor
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string? Name { get; set; }

    [Parameter]
    [ValidateLength(1, 250)]
    public string? Description { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected abstract AssetFamily Family { get; }

    protected virtual string[]? SelectedKinds => null;

    /// <summary>The new name, where the family's update takes one.</summary>
    protected virtual string? RequestedName => null;

    /// <summary>The spec fields to change (null or empty: none); a bad value throws.</summary>
    protected virtual JsonObject? SpecChanges() => null;

    protected override void ProcessRecord() => AssetCatalog.Of(Family).Accept(this);

    void IAssetCatalogVisitor.Visit<T>(AssetCatalog<T> catalog)
    {
        var target = (object?)Id ?? Name;
        if (!TryPrepare(SpecChanges, target, out var changes)) return;
        var connection = RequireConnection();
        foreach (var asset in AssetTargets.Resolve(this, connection, catalog, SelectedKinds, Id is null ? null : new[] { Id }, Name is null ? null : new[] { Name }))
        {
            var kind = catalog.KindOf(asset.Kind)!;
            if (!TryPrepare(() => { AssetUpdate.Check(kind, RequestedName, changes); return true; }, asset.Name, out _)) continue;
            if (RequestedName is null && Description is null && (changes is null || changes.Count == 0))
            {
                WriteVerbose("No setting was given; nothing to change.");
                if (PassThru) WriteObject(asset);
                continue;
            }
            var client = connection.Resource(kind.Descriptor);
            Changes.Submit($"{kind.Noun} '{asset.Name}' (id {asset.Id})", "Update", asset, async ct =>
            {
                // Read from the kind's own route: a family list may answer a shortened spec.
                var current = await client.GetAsync(asset.Id, ct).ConfigureAwait(false);
                return await client.ReplaceAsync(asset.Id, AssetUpdate.Body(kind, current, RequestedName, Description, changes), ct).ConfigureAwait(false);
            }, write: PassThru);
        }
    }
}
