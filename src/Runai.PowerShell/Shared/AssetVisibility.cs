using System;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>
/// Which assets and templates a project sees: its own, its department's, its cluster's and the tenant's, ranked
/// narrowest first (the one a name means when several scopes have it).
/// </summary>
internal sealed class AssetVisibility
{
    private readonly string projectId;
    private readonly string? clusterId;
    private readonly string? departmentId;

    public AssetVisibility(string projectId, string? clusterId, string? departmentId)
    {
        this.projectId = projectId;
        this.clusterId = string.IsNullOrEmpty(clusterId) ? null : clusterId;
        this.departmentId = string.IsNullOrEmpty(departmentId) ? null : departmentId;
    }

    /// <summary>0 for the project's own, 1 its department's, 2 its cluster's, 3 the tenant's; -1 when the project does not see it.</summary>
    public int Rank(IAsset asset) => asset.Scope switch
    {
        "project" => asset.ScopeId == projectId ? 0 : -1,
        "department" => departmentId is null || asset.ScopeId == departmentId ? 1 : -1,
        "cluster" => clusterId is null || string.Equals(asset.ScopeId, clusterId, StringComparison.OrdinalIgnoreCase) ? 2 : -1,
        "tenant" => 3,
        _ => -1,
    };

    public bool Sees(IAsset asset) => Rank(asset) >= 0;
}
