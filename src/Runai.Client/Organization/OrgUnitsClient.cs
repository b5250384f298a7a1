using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Paging;

namespace Runai.Client.Organization;

/// <summary>
/// What the projects and departments routes share (<c>/api/v1/org-unit/…</c>): lazy lists, counts, get by id or
/// name, create, read-merge-write update, delete. Subclasses give the path, the JSON types and the fields each request
/// does not take.
/// </summary>
public abstract class OrgUnitsClient<TUnit, TList> where TUnit : OrgUnit
{
    private readonly RunaiConnection connection;
    private readonly string path;
    private readonly string kind;
    private readonly JsonTypeInfo<TUnit> unitType;
    private readonly JsonTypeInfo<TList> listType;
    private readonly Func<TList, List<TUnit>> items;
    private readonly string[] notCreatable;
    private readonly string[] notUpdatable;

    private protected OrgUnitsClient(RunaiConnection connection, string path, string kind, JsonTypeInfo<TUnit> unitType,
        JsonTypeInfo<TList> listType, Func<TList, List<TUnit>> items, string[] notCreatable, string[] notUpdatable)
    {
        this.connection = connection;
        this.path = path;
        this.kind = kind;
        this.unitType = unitType;
        this.listType = listType;
        this.items = items;
        this.notCreatable = notCreatable;
        this.notUpdatable = notUpdatable;
    }

    public IAsyncEnumerable<TUnit> ListAsync(IEnumerable<string>? filterBy = null, string? sortBy = null, int skip = 0,
        int pageSize = Pager.DefaultPageSize, CancellationToken cancellationToken = default) =>
        OrganizationRequests.ListAsync(connection, path, listType, items, filterBy, sortBy, skip, pageSize, cancellationToken);

    public Task<long> CountAsync(IEnumerable<string>? filterBy = null, CancellationToken cancellationToken = default) =>
        OrganizationRequests.CountAsync(connection, path + "/count", filterBy, cancellationToken);

    public async Task<TUnit> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await connection.GetAsync(RunaiPath.Format(path + "/{0}", id), unitType, cancellationToken).ConfigureAwait(false)
        ?? throw new RunaiResourceNotFoundException(kind, id);

    /// <summary>The unit with exactly this name (in the cluster, when given), or null.</summary>
    public async Task<TUnit?> FindByNameAsync(string name, string? clusterId = null, CancellationToken cancellationToken = default)
    {
        var filter = new List<string> { "name==" + name };
        if (clusterId is not null) filter.Add("clusterId==" + clusterId);
        await foreach (var unit in ListAsync(filter, pageSize: 2, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (unit.Name == name) return unit;
        }
        return null;
    }

    public async Task<TUnit> ResolveAsync(string name, string? clusterId = null, CancellationToken cancellationToken = default) =>
        await FindByNameAsync(name, clusterId, cancellationToken).ConfigureAwait(false)
        ?? throw new RunaiResourceNotFoundException(kind, name);

    public Task<TUnit> CreateAsync(TUnit unit, CancellationToken cancellationToken = default) =>
        OrganizationRequests.SendAsync(connection, HttpMethod.Post, path, OrganizationRequests.Body(unit, unitType, notCreatable), unitType, cancellationToken);

    /// <summary>Writes back a unit read with <see cref="GetAsync"/> and changed: PUT of every updatable field, modelled or not.</summary>
    public Task<TUnit> UpdateAsync(TUnit unit, CancellationToken cancellationToken = default) =>
        OrganizationRequests.SendAsync(connection, HttpMethod.Put, RunaiPath.Format(path + "/{0}", unit.Id),
            OrganizationRequests.Body(unit, unitType, notUpdatable), unitType, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        connection.DeleteAsync(RunaiPath.Format(path + "/{0}", id), cancellationToken);
}
