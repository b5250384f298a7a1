using System;
using System.Linq;
using Runai.Client;
using Runai.Client.Access;
using Runai.Client.Assets;
using Runai.Client.Clusters;
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
/// Completes asset names. The family comes from the parameter (-DataSource, -ComputeAsset, -EnvironmentAsset,
/// -ImagePullCredential, -Credential), else from the command's noun (Get-RunaiDataSource -Name…); the kind typed as
/// -Kind narrows it to that kind's list.
/// </summary>
public sealed class AssetNameCompleter : ResourceNameCompleter<Asset>
{
    /// <inheritdoc />
    protected override ResourceClient<Asset> ClientOf(RunaiConnection connection, BoundValues bound)
    {
        var family = FamilyOf(bound.ParameterName) ?? FamilyOf(bound.CommandName)
            ?? throw new InvalidOperationException($"No asset family for -{bound.ParameterName} of {bound.CommandName}.");
        var kind = AssetResource.KindsOf(family).FirstOrDefault(k => string.Equals(k.Name, bound["Kind"], StringComparison.OrdinalIgnoreCase));
        return kind is null ? connection.Assets(family) : connection.Assets(kind);
    }

    private static AssetFamily? FamilyOf(string word) =>
        Contains(word, "DataSource") || Contains(word, "Pvc") ? AssetFamily.DataSource
        : Contains(word, "Credential") ? AssetFamily.Credential
        : Contains(word, "ComputeAsset") ? AssetFamily.Compute
        : Contains(word, "EnvironmentAsset") ? AssetFamily.Environment
        : null;

    private static bool Contains(string word, string part) => word.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
}
