using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Access;
using Runai.Client.Assets;
using Runai.Client.Clusters;
using Runai.Client.DataVolumes;
using Runai.Client.Organization;
using Runai.Client.Resources;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

// One completer per resource whose names parameters take: each says which client lists the names. They are small
// on purpose and kept together, so that a new resource's completer is one more line of the same table.

/// <summary>Completes cluster names.</summary>
public sealed class ClusterNameCompleter : ResourceNameCompleter<Cluster>
{
    /// <inheritdoc />
    protected override ResourceClient<Cluster> ClientOf(RunaiConnection connection, BoundValues bound) => connection.Clusters();
}

/// <summary>Completes department names (of the selected cluster).</summary>
public sealed class DepartmentNameCompleter : ResourceNameCompleter<Department>
{
    /// <inheritdoc />
    protected override ResourceClient<Department> ClientOf(RunaiConnection connection, BoundValues bound) => connection.Departments();
}

/// <summary>Completes project names (of the selected cluster).</summary>
public sealed class ProjectNameCompleter : ResourceNameCompleter<Project>
{
    /// <inheritdoc />
    protected override ResourceClient<Project> ClientOf(RunaiConnection connection, BoundValues bound) => connection.Projects();
}

/// <summary>Completes node pool names (of the selected cluster).</summary>
public sealed class NodePoolNameCompleter : ResourceNameCompleter<NodePool>
{
    /// <inheritdoc />
    protected override ResourceClient<NodePool> ClientOf(RunaiConnection connection, BoundValues bound) => connection.NodePools();
}

/// <summary>Completes node names (of the selected cluster).</summary>
public sealed class NodeNameCompleter : ResourceNameCompleter<Node>
{
    /// <inheritdoc />
    protected override ResourceClient<Node> ClientOf(RunaiConnection connection, BoundValues bound) => connection.Nodes();
}

/// <summary>Completes workload names: of the project typed as -Project, else of the default project, else all.</summary>
public sealed class WorkloadNameCompleter : ResourceNameCompleter<Workload>
{
    /// <inheritdoc />
    protected override ResourceClient<Workload> ClientOf(RunaiConnection connection, BoundValues bound) => connection.Workloads().View;

    /// <inheritdoc />
    protected override ResourceQuery? QueryOf(RunaiConnection connection, ResourceDescriptor<Workload> resource, BoundValues bound)
    {
        var query = base.QueryOf(connection, resource, bound) ?? new ResourceQuery();
        if (bound["ProjectId"] is { } projectId) return query.Where("projectId", "==", projectId);
        if ((bound["Project"] ?? connection.Project?.Name) is { } project)
            return query.Where(project.All(char.IsDigit) ? "projectId" : "projectName", "==", project);
        return query;
    }
}

/// <summary>Completes data volume names (those originated in the caller's scopes).</summary>
public sealed class DataVolumeNameCompleter : ResourceNameCompleter<DataVolume>
{
    /// <inheritdoc />
    protected override ResourceClient<DataVolume> ClientOf(RunaiConnection connection, BoundValues bound) => connection.DataVolumes();
}

/// <summary>Completes role names.</summary>
public sealed class RoleNameCompleter : ResourceNameCompleter<Role>
{
    /// <inheritdoc />
    protected override ResourceClient<Role> ClientOf(RunaiConnection connection, BoundValues bound) => connection.Roles();
}

/// <summary>Completes user names (e-mail addresses).</summary>
public sealed class UserNameCompleter : ResourceNameCompleter<User>
{
    /// <inheritdoc />
    protected override ResourceClient<User> ClientOf(RunaiConnection connection, BoundValues bound) => connection.Users();
}

/// <summary>Completes service account names.</summary>
public sealed class ServiceAccountNameCompleter : ResourceNameCompleter<ServiceAccount>
{
    /// <inheritdoc />
    protected override ResourceClient<ServiceAccount> ClientOf(RunaiConnection connection, BoundValues bound) => connection.ServiceAccounts();
}

/// <summary>Completes access key names.</summary>
public sealed class AccessKeyNameCompleter : ResourceNameCompleter<AccessKey>
{
    /// <inheritdoc />
    protected override ResourceClient<AccessKey> ClientOf(RunaiConnection connection, BoundValues bound) => connection.AccessKeys();
}

/// <summary>
/// Completes asset names (data sources, credentials, compute and environment assets, registries, workload templates).
/// The family comes from the parameter (-DataSource, -ComputeAsset, -EnvironmentAsset, -ImagePullCredential,
/// -Credential, -Template), else from the command's noun (Get-RunaiDataSource -Name…); the kind typed as -Kind narrows
/// it to that kind's list.
/// </summary>
public sealed class AssetNameCompleter : NameCompleter
{
    /// <inheritdoc />
    protected override Task<IReadOnlyList<string>> NamesAsync(RunaiConnection connection, BoundValues bound, CancellationToken cancellationToken)
    {
        var family = FamilyOf(bound.ParameterName) ?? FamilyOf(bound.CommandName)
            ?? throw new InvalidOperationException($"No asset family for -{bound.ParameterName} of {bound.CommandName}.");
        var lister = new NameLister(connection, bound["Kind"], cancellationToken);
        AssetCatalog.Of(family).Accept(lister);
        return lister.Names!;
    }

    private static AssetFamily? FamilyOf(string word) =>
        Contains(word, "DataSource") ? AssetFamily.DataSource
        : Contains(word, "Credential") ? AssetFamily.Credential
        : Contains(word, "ComputeAsset") ? AssetFamily.Compute
        : Contains(word, "EnvironmentAsset") ? AssetFamily.Environment
        : Contains(word, "Template") ? AssetFamily.Template
        : Contains(word, "Registry") ? AssetFamily.Registry
        : null;

    private static bool Contains(string word, string part) => word.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Lists the names of one catalog, whatever its item type: the kind typed as -Kind, else the whole family.</summary>
    private sealed class NameLister : IAssetCatalogVisitor
    {
        private readonly RunaiConnection connection;
        private readonly string? kind;
        private readonly CancellationToken cancellationToken;

        public NameLister(RunaiConnection connection, string? kind, CancellationToken cancellationToken)
        {
            this.connection = connection;
            this.kind = kind;
            this.cancellationToken = cancellationToken;
        }

        public Task<IReadOnlyList<string>>? Names { get; private set; }

        public void Visit<T>(AssetCatalog<T> catalog) where T : class, IAsset
        {
            var descriptor = catalog.KindOf(kind)?.Descriptor ?? catalog.List;
            Names = connection.Resource(descriptor).ListNamesAsync(cancellationToken: cancellationToken);
        }
    }
}
