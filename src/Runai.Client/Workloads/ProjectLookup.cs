using System;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Organization;

namespace Runai.Client.Workloads;

/// <summary>Resolves the project of a workload cmdlet, given by name (on the selected cluster, when one is) or by id.</summary>
internal static class ProjectLookup
{
    public static async Task<Project> ResolveAsync(RunaiConnection connection, string nameOrId, CancellationToken cancellationToken)
    {
        var projects = connection.Projects();
        var byName = await projects.FindByNameAsync(nameOrId, connection.Cluster?.Uuid, cancellationToken).ConfigureAwait(false);
        if (byName is not null) return byName;
        if (LooksLikeId(nameOrId))
        {
            try
            {
                return await projects.GetAsync(nameOrId, cancellationToken).ConfigureAwait(false);
            }
            catch (RunaiApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                // fall through to the name-based message
            }
        }
        throw new RunaiResourceNotFoundException("project", nameOrId);
    }

    private static bool LooksLikeId(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsDigit(c)) return Guid.TryParse(value, out _);
        }
        return value.Length > 0;
    }
}
