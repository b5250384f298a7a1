using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Paging;

namespace Runai.Client.Organization;

/// <summary>Departments (<c>/api/v1/org-unit/departments</c>).</summary>
public sealed class DepartmentsClient
{
    private const string Path = "api/v1/org-unit/departments";

    /// <summary>Fields of a <c>Department</c> answer that <c>DepartmentCreationRequest</c> does not take.</summary>
    private static readonly string[] NotCreatable =
    {
        "id", "createdAt", "updatedAt", "createdBy", "updatedBy", "status", "totalResources", "effective", "overtimeData", "children", "projectsAggregatedResources",
    };

    /// <summary>…and that <c>DepartmentUpdateRequest</c> does not take (identity and parent are fixed).</summary>
    private static readonly string[] NotUpdatable =
    {
        "id", "name", "clusterId", "createdAt", "updatedAt", "createdBy", "updatedBy", "status",
        "totalResources", "effective", "overtimeData", "children", "projectsAggregatedResources",
    };

    private readonly RunaiConnection connection;

    public DepartmentsClient(RunaiConnection connection) => this.connection = connection;

    public IAsyncEnumerable<Department> ListAsync(IEnumerable<string>? filterBy = null, string? sortBy = null, int skip = 0,
        int pageSize = Pager.DefaultPageSize, CancellationToken cancellationToken = default) =>
        OrganizationRequests.ListAsync(connection, Path, OrganizationJsonContext.Default.DepartmentList, p => p.Departments,
            filterBy, sortBy, skip, pageSize, cancellationToken);

    public Task<long> CountAsync(IEnumerable<string>? filterBy = null, CancellationToken cancellationToken = default) =>
        OrganizationRequests.CountAsync(connection, Path + "/count", filterBy, cancellationToken);

    public async Task<Department> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await connection.GetAsync(RunaiPath.Format(Path + "/{0}", id), OrganizationJsonContext.Default.Department, cancellationToken).ConfigureAwait(false)
        ?? throw new RunaiResourceNotFoundException("department", id);

    /// <summary>The department with exactly this name (in the cluster, when given), or null.</summary>
    public async Task<Department?> FindByNameAsync(string name, string? clusterId = null, CancellationToken cancellationToken = default)
    {
        var filter = new List<string> { "name==" + name };
        if (clusterId is not null) filter.Add("clusterId==" + clusterId);
        await foreach (var department in ListAsync(filter, pageSize: 2, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (department.Name == name) return department;
        }
        return null;
    }

    public async Task<Department> ResolveAsync(string name, string? clusterId = null, CancellationToken cancellationToken = default) =>
        await FindByNameAsync(name, clusterId, cancellationToken).ConfigureAwait(false)
        ?? throw new RunaiResourceNotFoundException("department", name);

    public Task<Department> CreateAsync(Department department, CancellationToken cancellationToken = default) =>
        OrganizationRequests.SendAsync(connection, HttpMethod.Post, Path,
            OrganizationRequests.Body(department, OrganizationJsonContext.Default.Department, NotCreatable), OrganizationJsonContext.Default.Department, cancellationToken);

    /// <summary>Writes back a department read with <see cref="GetAsync"/> and changed: PUT of every updatable field, modelled or not.</summary>
    public Task<Department> UpdateAsync(Department department, CancellationToken cancellationToken = default) =>
        OrganizationRequests.SendAsync(connection, HttpMethod.Put, RunaiPath.Format(Path + "/{0}", department.Id),
            OrganizationRequests.Body(department, OrganizationJsonContext.Default.Department, NotUpdatable), OrganizationJsonContext.Default.Department, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        connection.DeleteAsync(RunaiPath.Format(Path + "/{0}", id), cancellationToken);
}
