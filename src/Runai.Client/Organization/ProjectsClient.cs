using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Paging;

namespace Runai.Client.Organization;

/// <summary>Projects (<c>/api/v1/org-unit/projects</c>).</summary>
public sealed class ProjectsClient
{
    private const string Path = "api/v1/org-unit/projects";

    /// <summary>Fields of a <c>Project</c> answer that <c>ProjectCreationRequest</c> does not take.</summary>
    private static readonly string[] NotCreatable =
    {
        "id", "createdAt", "updatedAt", "createdBy", "updatedBy", "status", "totalResources", "effective", "overtimeData", "parent",
    };

    /// <summary>…and that <c>ProjectUpdateRequest</c> does not take (identity and parent are fixed).</summary>
    private static readonly string[] NotUpdatable =
    {
        "id", "name", "clusterId", "parentId", "requestedNamespace", "createdAt", "updatedAt", "createdBy", "updatedBy", "status",
        "totalResources", "effective", "overtimeData", "parent",
    };

    private readonly RunaiConnection connection;

    public ProjectsClient(RunaiConnection connection) => this.connection = connection;

    public IAsyncEnumerable<Project> ListAsync(IEnumerable<string>? filterBy = null, string? sortBy = null, int skip = 0,
        int pageSize = Pager.DefaultPageSize, CancellationToken cancellationToken = default) =>
        OrganizationRequests.ListAsync(connection, Path, OrganizationJsonContext.Default.ProjectList, p => p.Projects,
            filterBy, sortBy, skip, pageSize, cancellationToken);

    public Task<long> CountAsync(IEnumerable<string>? filterBy = null, CancellationToken cancellationToken = default) =>
        OrganizationRequests.CountAsync(connection, Path + "/count", filterBy, cancellationToken);

    public async Task<Project> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await connection.GetAsync(RunaiPath.Format(Path + "/{0}", id), OrganizationJsonContext.Default.Project, cancellationToken).ConfigureAwait(false)
        ?? throw new RunaiResourceNotFoundException("project", id);

    /// <summary>The project with exactly this name (in the cluster, when given), or null.</summary>
    public async Task<Project?> FindByNameAsync(string name, string? clusterId = null, CancellationToken cancellationToken = default)
    {
        var filter = new List<string> { "name==" + name };
        if (clusterId is not null) filter.Add("clusterId==" + clusterId);
        await foreach (var project in ListAsync(filter, pageSize: 2, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (project.Name == name) return project;
        }
        return null;
    }

    public async Task<Project> ResolveAsync(string name, string? clusterId = null, CancellationToken cancellationToken = default) =>
        await FindByNameAsync(name, clusterId, cancellationToken).ConfigureAwait(false)
        ?? throw new RunaiResourceNotFoundException("project", name);

    public Task<Project> CreateAsync(Project project, CancellationToken cancellationToken = default) =>
        OrganizationRequests.SendAsync(connection, HttpMethod.Post, Path,
            OrganizationRequests.Body(project, OrganizationJsonContext.Default.Project, NotCreatable), OrganizationJsonContext.Default.Project, cancellationToken);

    /// <summary>Writes back a project read with <see cref="GetAsync"/> and changed: PUT of every updatable field, modelled or not.</summary>
    public Task<Project> UpdateAsync(Project project, CancellationToken cancellationToken = default) =>
        OrganizationRequests.SendAsync(connection, HttpMethod.Put, RunaiPath.Format(Path + "/{0}", project.Id),
            OrganizationRequests.Body(project, OrganizationJsonContext.Default.Project, NotUpdatable), OrganizationJsonContext.Default.Project, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        connection.DeleteAsync(RunaiPath.Format(Path + "/{0}", id), cancellationToken);
}
