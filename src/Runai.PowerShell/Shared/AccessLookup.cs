using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Access;
using Runai.Client.Clusters;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>
/// Names to ids for the access cmdlets, over the connection's short-lived cache: a role by name or id, a user by
/// e-mail, a service account by name, client id or id, a project, department or cluster by name or id, the tenant. A
/// CSV of many rows asks once per name; a miss is a <see cref="RunaiResourceNotFoundException"/> naming the input, raised before anything is written.
/// </summary>
internal sealed class AccessLookup
{
    private readonly RunaiConnection connection;

    public AccessLookup(RunaiConnection connection) => this.connection = connection;

    public async Task<Role> RoleAsync(string nameOrId, CancellationToken ct)
    {
        var roles = await connection.Cache.GetOrAddAsync(RoleResource.Descriptor.Route + "|all", c => connection.Roles().ListAllAsync(cancellationToken: c), ct)
            .ConfigureAwait(false);
        return roles.FirstOrDefault(r => string.Equals(r.Name, nameOrId, StringComparison.OrdinalIgnoreCase))
            ?? roles.FirstOrDefault(r => r.Id.ToString(CultureInfo.InvariantCulture) == nameOrId)
            ?? throw new RunaiResourceNotFoundException("role", nameOrId, $"Known roles: {string.Join(", ", roles.Select(r => r.Name))}.");
    }

    public async Task<User> UserAsync(string email, CancellationToken ct)
    {
        var key = UserResource.Descriptor.Route + "|name|" + email;
        var user = await connection.Cache.GetOrAddAsync(key, c => connection.Users().FindByNameAsync(email, cancellationToken: c), ct).ConfigureAwait(false);
        if (user is not null) return user;
        connection.Cache.Invalidate(key); // a user created a moment later must be found
        throw new RunaiResourceNotFoundException("user", email);
    }

    /// <summary>A service account by name, client id or id; rules name it by its client id, the subject of its tokens.</summary>
    public async Task<ServiceAccount> ServiceAccountAsync(string nameOrId, CancellationToken ct)
    {
        var key = ServiceAccountResource.Descriptor.Route + "|all";
        var accounts = await connection.Cache.GetOrAddAsync(key, c => connection.ServiceAccounts().ListAllAsync(cancellationToken: c), ct).ConfigureAwait(false);
        var account = accounts.FirstOrDefault(a => a.Name == nameOrId) ?? accounts.FirstOrDefault(a => a.ClientId == nameOrId || a.Id == nameOrId);
        if (account is not null) return account;
        connection.Cache.Invalidate(key); // a service account created a moment later must be found
        throw new RunaiResourceNotFoundException("service account", nameOrId);
    }

    /// <summary>The scope (type, id, name, cluster) of a project, department or cluster given by name or id, or of the tenant.</summary>
    public async Task<AccessScope> ScopeAsync(string scopeType, string? nameOrId, CancellationToken ct)
    {
        var clusterId = connection.Cluster?.Uuid;
        switch (scopeType)
        {
            case "project":
                var project = await Cached(ProjectResource.Descriptor.Route, nameOrId!, c => connection.Projects().ResolveAsync(nameOrId!, clusterId, c), ct).ConfigureAwait(false);
                return new AccessScope("project", project.Id, project.Name, project.ClusterId);
            case "department":
                var department = await Cached(DepartmentResource.Descriptor.Route, nameOrId!, c => connection.Departments().ResolveAsync(nameOrId!, clusterId, c), ct).ConfigureAwait(false);
                return new AccessScope("department", department.Id, department.Name, department.ClusterId);
            case "cluster":
                var cluster = await Cached(ClusterResource.Descriptor.Route, nameOrId!, c => connection.Clusters().ResolveAsync(nameOrId!, null, c), ct).ConfigureAwait(false);
                return new AccessScope("cluster", cluster.Uuid, cluster.Name, cluster.Uuid);
            default:
                // The tenant's id is on every cluster the caller can see.
                var clusters = await connection.Cache.GetOrAddAsync(ClusterResource.Descriptor.Route + "|all", c => connection.Clusters().ListAllAsync(cancellationToken: c), ct)
                    .ConfigureAwait(false);
                var tenantId = clusters.FirstOrDefault()?.TenantId ?? throw new RunaiException("The tenant id is not known: the tenant has no clusters.");
                var id = tenantId.ToString(CultureInfo.InvariantCulture);
                return new AccessScope("tenant", id, id, null);
        }
    }

    private Task<T> Cached<T>(string route, string nameOrId, Func<CancellationToken, Task<T>> resolve, CancellationToken ct) =>
        connection.Cache.GetOrAddAsync(route + "|resolve|" + connection.Cluster?.Uuid + "|" + nameOrId, resolve, ct);
}

/// <summary>Where an access rule applies: the contract's scopeType and scopeId, with a name for messages.</summary>
internal sealed class AccessScope
{
    public AccessScope(string type, string id, string name, string? clusterId)
    {
        Type = type;
        Id = id;
        Name = name;
        ClusterId = clusterId;
    }

    public string Type { get; }
    public string Id { get; }
    public string Name { get; }
    public string? ClusterId { get; }

    public override string ToString() => $"{Type} '{Name}'";
}
