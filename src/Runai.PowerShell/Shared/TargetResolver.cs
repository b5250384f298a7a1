using System.Collections.Generic;
using System.Management.Automation;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>
/// Resolves what a cmdlet acts on, from -Id, -Name (within a scope) or objects already resolved (piped). Ids are
/// checked before any request; an id or name that matches nothing is a non-terminating ObjectNotFound error naming
/// the input, so one bad item never stops the rest.
/// </summary>
internal static class TargetResolver
{
    public static IEnumerable<T> Resolve<T>(RunaiCmdlet cmdlet, ResourceClient<T> client, string[]? ids, string[]? names,
        string? scope = null, string? scopeDescription = null) where T : class
    {
        foreach (var id in ids ?? System.Array.Empty<string>())
        {
            if (ResourceIds.Problem(client.Resource, id) is { } problem)
            {
                cmdlet.WriteInputError(problem, ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, id);
                continue;
            }
            if (cmdlet.TryRun(ct => client.GetAsync(id, ct), id, out var item)) yield return item;
        }
        foreach (var name in names ?? System.Array.Empty<string>())
        {
            if (!cmdlet.TryRun(ct => client.FindByNameAsync(name, scope, ct), name, out var item)) continue;
            if (item is null)
            {
                cmdlet.WriteInputError(
                    $"No {client.Resource.Noun} named '{name}' was found{(scopeDescription is null ? "" : " " + scopeDescription)}.",
                    ErrorIds.ResourceNotFound, ErrorCategory.ObjectNotFound, name);
                continue;
            }
            yield return item;
        }
    }
}
