using System.Linq;
using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>
/// Get- of an asset family: every kind in one list request when -Kind is absent, one kind's list when it names one;
/// -Name wildcards matched here (the asset lists take no filterBy), -Id checked before any request.
/// </summary>
public abstract class GetAssetCmdlet : RunaiCmdlet
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected abstract AssetFamily Family { get; }

    /// <summary>The -Kind values given (null: every kind of the family).</summary>
    protected virtual string[]? SelectedKinds => null;

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (ParameterSetName == ByIdSet)
        {
            foreach (var asset in AssetTargets.Resolve(this, connection, Family, SelectedKinds, Id, null)) WriteObject(asset);
            return;
        }
        var kinds = AssetTargets.Kinds(Family, SelectedKinds);
        var all = kinds.Count == AssetResource.KindsOf(Family).Count;
        var client = kinds.Count == 1 ? connection.Assets(kinds[0]) : connection.Assets(Family);
        var names = kinds.Select(k => k.Name).ToList();
        ListWriter.Write(this, client, Name, localFilter: all || kinds.Count == 1 ? null : a => names.Contains(a.Kind));
    }
}
