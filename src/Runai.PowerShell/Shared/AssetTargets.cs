using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Runai.Client;
using Runai.Client.Assets;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>
/// The assets a Get-/Set-/Remove- cmdlet acts on, from -Id (checked before any request) or -Name, within the given
/// kinds of one family's catalog (all of them when -Kind is absent). A miss is ObjectNotFound naming the input; a name
/// that several assets share is refused, so nothing is changed by guess.
/// </summary>
internal static class AssetTargets
{
    public static IEnumerable<T> Resolve<T>(RunaiCmdlet cmdlet, RunaiConnection connection, AssetCatalog<T> catalog, string[]? kindNames,
        string[]? ids, string[]? names) where T : class, IAsset
    {
        var kinds = catalog.Select(kindNames);
        var list = kinds.Count == 1 ? connection.Resource(kinds[0].Descriptor) : connection.Resource(catalog.List);
        var noun = kinds.Count == 1 ? kinds[0].Noun : list.Resource.Noun;
        foreach (var id in ids ?? Array.Empty<string>())
        {
            if (ResourceIds.Problem(list.Resource, id) is { } problem)
            {
                cmdlet.WriteInputError(problem, ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, id);
                continue;
            }
            if (kinds.Count == 1)
            {
                if (cmdlet.TryRun(ct => list.GetAsync(id, ct), id, out var item)) yield return item;
                continue;
            }
            // A family list that takes ids (data sources: assetIds) is asked for the one; the others are filtered here.
            var byId = catalog.IdQueryParameter is { } parameter ? new ResourceQuery().With(parameter, id) : null;
            if (!cmdlet.TryRun(ct => list.ListAllAsync(byId, ct), id, out var found)) continue;
            var match = found.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase) && kinds.Any(k => k.Name == a.Kind));
            if (match is null) cmdlet.WriteInputError($"No {noun} with id '{id}' was found.", ErrorIds.ResourceNotFound, ErrorCategory.ObjectNotFound, id);
            else yield return match;
        }
        if (names is null || names.Length == 0) yield break;
        if (!cmdlet.TryRun(ct => list.ListAllAsync(cancellationToken: ct), names[0], out var all)) yield break;
        foreach (var name in names)
        {
            var matches = all.Where(a => a.Name == name && kinds.Any(k => k.Name == a.Kind)).ToList();
            if (matches.Count == 0)
                cmdlet.WriteInputError($"No {noun} named '{name}' was found.", ErrorIds.ResourceNotFound, ErrorCategory.ObjectNotFound, name);
            else if (matches.Count > 1)
                cmdlet.WriteInputError(
                    $"{matches.Count} assets are named '{name}' ({string.Join(", ", matches.Select(m => $"{m.Kind} in {m.Scope} {m.ScopeId}".TrimEnd()))}); give -Kind or -Id.",
                    ErrorIds.AmbiguousAssetName, ErrorCategory.InvalidArgument, name);
            else yield return matches[0];
        }
    }
}
