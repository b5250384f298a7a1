using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Clusters;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>
/// What the data volume cmdlets resolve before a request: the project (name or id) that scopes a name look-up, and
/// the clusters, departments and projects (each by name or id) a data volume is shared with.
/// </summary>
internal static class DataVolumeTargets
{
    /// <summary>-Project as the look-up scope (the project's id) and its words for messages; false after an error naming it.</summary>
    public static bool TryScope(RunaiCmdlet cmdlet, RunaiConnection connection, string? project, out string? scope, out string? description)
    {
        scope = description = null;
        if (project is null) return true;
        if (!cmdlet.TryRun(ct => connection.Projects().ResolveAsync(project, connection.Cluster?.Uuid, ct), project, out var resolved)) return false;
        scope = resolved.Id;
        description = $"in project '{resolved.Name}'";
        return true;
    }

    /// <summary>The scopes named by -Cluster, -Department and -Project, as the contract's <c>SharedScopeBase</c> (type, id), with words for a confirmation.</summary>
    public static async Task<List<(string ScopeType, string ScopeId, string Description)>> SharedScopesAsync(RunaiConnection connection,
        string[]? clusters, string[]? departments, string[]? projects, CancellationToken ct)
    {
        var scopes = new List<(string, string, string)>();
        var selected = connection.Cluster?.Uuid;
        foreach (var name in clusters ?? System.Array.Empty<string>())
        {
            var c = await connection.Clusters().ResolveAsync(name, null, ct).ConfigureAwait(false);
            scopes.Add(("cluster", c.Uuid, $"cluster '{c.Name}'"));
        }
        foreach (var name in departments ?? System.Array.Empty<string>())
        {
            var d = await connection.Departments().ResolveAsync(name, selected, ct).ConfigureAwait(false);
            scopes.Add(("department", d.Id, $"department '{d.Name}'"));
        }
        foreach (var name in projects ?? System.Array.Empty<string>())
        {
            var p = await connection.Projects().ResolveAsync(name, selected, ct).ConfigureAwait(false);
            scopes.Add(("project", p.Id, $"project '{p.Name}'"));
        }
        return scopes;
    }
}
