using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Assets;
using Runai.Client.Clusters;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>
/// Where an asset lives, as the contract's <c>meta</c> takes it (<c>scope</c>, <c>projectId</c>, <c>departmentId</c>,
/// <c>clusterId</c>), resolved from -Project, -Department, -Cluster (each by name or id) or -Tenant.
/// </summary>
internal sealed class AssetScope
{
    private AssetScope(string scope, string description, int? projectId = null, string? departmentId = null, string? clusterId = null)
    {
        Scope = scope;
        Description = description;
        ProjectId = projectId;
        DepartmentId = departmentId;
        ClusterId = clusterId;
    }

    public string Scope { get; }

    /// <summary>"project 'team-a'", for confirmations and messages.</summary>
    public string Description { get; }
    public int? ProjectId { get; }
    public string? DepartmentId { get; }
    public string? ClusterId { get; }

    public string Key => AssetResource.ScopeKey(Scope, ProjectId?.ToString(CultureInfo.InvariantCulture) ?? DepartmentId ?? ClusterId);

    public AssetMeta ToMeta(string name, string? description) => new()
    {
        Name = name, Description = description, Scope = Scope, ProjectId = ProjectId, DepartmentId = DepartmentId, ClusterId = ClusterId,
    };

    /// <summary>A workload template's <c>meta</c>: the scope as <c>scopeType</c> and <c>scopeId</c>.</summary>
    public TemplateMeta ToTemplateMeta(string name, string? description) => new()
    {
        Name = name, Description = description, ScopeType = Scope, ScopeId = ProjectId?.ToString(CultureInfo.InvariantCulture) ?? DepartmentId ?? ClusterId,
    };

    /// <summary>Exactly one of the owners is given (the cmdlets' parameter sets see to that); a name that resolves to nothing is ObjectNotFound.</summary>
    public static async Task<AssetScope> ResolveAsync(RunaiConnection connection, string? project, string? department, string? cluster,
        CancellationToken ct)
    {
        var selectedCluster = connection.Cluster?.Uuid;
        if (project is not null)
        {
            var p = await connection.Projects().ResolveAsync(project, selectedCluster, ct).ConfigureAwait(false);
            return new AssetScope("project", $"project '{p.Name}'", int.Parse(p.Id, NumberStyles.Integer, CultureInfo.InvariantCulture),
                clusterId: NullIfEmpty(p.ClusterId));
        }
        if (department is not null)
        {
            var d = await connection.Departments().ResolveAsync(department, selectedCluster, ct).ConfigureAwait(false);
            return new AssetScope("department", $"department '{d.Name}'", departmentId: d.Id, clusterId: NullIfEmpty(d.ClusterId));
        }
        if (cluster is not null)
        {
            var c = await connection.Clusters().ResolveAsync(cluster, null, ct).ConfigureAwait(false);
            return new AssetScope("cluster", $"cluster '{c.Name}'", clusterId: c.Uuid);
        }
        return new AssetScope("tenant", "the tenant");
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
