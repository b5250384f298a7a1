using System;
using System.Linq;
using System.Management.Automation;
using Runai.Client.Assets;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>
/// Get- of an asset family (data sources, credentials, compute and environment assets, workload templates): every kind
/// in one list request when -Kind is absent, one kind's list when it names one; -Name wildcards matched here where the
/// list takes no filterBy, -Id checked before any request; -Project keeps what that project can use (its own and
/// what its department, cluster and the tenant share), as the workload cmdlets resolve names.
/// </summary>
public abstract class GetAssetCmdlet : RunaiCmdlet, IAssetCatalogVisitor
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

    /// <summary>Only what this project (name or id) can use: its own, and its department's, cluster's and the tenant's.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    protected abstract AssetFamily Family { get; }

    /// <summary>The -Kind values given (null: every kind of the family).</summary>
    protected virtual string[]? SelectedKinds => null;

    protected override void ProcessRecord() => AssetCatalog.Of(Family).Accept(this);

    void IAssetCatalogVisitor.Visit<T>(AssetCatalog<T> catalog)
    {
        var connection = RequireConnection();
        AssetVisibility? visibility = null;
        if (Project is not null)
        {
            if (!TryRun(ct => connection.Projects().ResolveAsync(Project, connection.Cluster?.Uuid, ct), Project, out var project)) return;
            visibility = new AssetVisibility(project.Id, project.ClusterId, project.DepartmentId);
        }
        if (ParameterSetName == ByIdSet)
        {
            foreach (var asset in AssetTargets.Resolve(this, connection, catalog, SelectedKinds, Id, null))
            {
                if (visibility?.Sees(asset) == false)
                    WriteInputError($"{asset.Kind} '{asset.Name}' (id {asset.Id}) is not available to project '{Project}'.", ErrorIds.ResourceNotFound,
                        ErrorCategory.ObjectNotFound, asset.Id);
                else WriteObject(asset);
            }
            return;
        }
        var kinds = catalog.Select(SelectedKinds);
        var all = kinds.Count == catalog.Kinds.Count;
        var client = connection.Resource(kinds.Count == 1 ? kinds[0].Descriptor : catalog.List);
        var names = kinds.Select(k => k.Name).ToList();
        Func<T, bool>? ofKinds = all || kinds.Count == 1 ? null : a => names.Contains(a.Kind);
        Func<T, bool>? filter = visibility is null ? ofKinds : a => visibility.Sees(a) && (ofKinds?.Invoke(a) ?? true);
        ListWriter.Write(this, client, Name, localFilter: filter);
    }
}
