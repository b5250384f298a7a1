using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Workloads;

/// <summary>
/// Resolves a project given by name or id, for the workload cmdlets. Deliberately small and internal: the organization
/// clients own projects, and this lookup is meant to be replaced by theirs.
/// </summary>
internal static class ProjectLookup
{
    public sealed class ProjectRef
    {
        public ProjectRef(string id, string name, string? clusterId)
        {
            Id = id;
            Name = name;
            ClusterId = clusterId;
        }

        public string Id { get; }
        public string Name { get; }
        public string? ClusterId { get; }
    }

    /// <summary>The project named <paramref name="nameOrId"/> (exact name first, then id).</summary>
    public static async Task<ProjectRef> ResolveAsync(RunaiConnection connection, string nameOrId, CancellationToken cancellationToken)
    {
        var byName = await QueryAsync(connection, new QueryString().Add("filterBy", new[] { "name==" + nameOrId }), cancellationToken).ConfigureAwait(false);
        var match = byName.FirstOrDefault(p => string.Equals(p.Name, nameOrId, StringComparison.Ordinal));
        if (match is null && nameOrId.All(char.IsDigit) || match is null && Guid.TryParse(nameOrId, out _))
        {
            var all = await QueryAsync(connection, new QueryString(), cancellationToken).ConfigureAwait(false);
            match = all.FirstOrDefault(p => p.Id == nameOrId);
        }
        return match?.ToRef() ?? throw new RunaiResourceNotFoundException("project", nameOrId);
    }

    private static async Task<ProjectSummary[]> QueryAsync(RunaiConnection connection, QueryString query, CancellationToken cancellationToken)
    {
        var page = await connection.GetAsync(query.Add("limit", 500).AppendTo("api/v1/org-unit/projects"),
            WorkloadsJsonContext.Default.ProjectListResponse, cancellationToken).ConfigureAwait(false);
        return page?.Projects?.ToArray() ?? Array.Empty<ProjectSummary>();
    }

    public static ProjectRef ToRef(this ProjectSummary project) => new(project.Id, project.Name, project.ClusterId);
}
