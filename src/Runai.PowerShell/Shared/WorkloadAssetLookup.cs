using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Runai.Client;
using Runai.Client.Assets;
using Runai.Client.Resources;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>
/// The assets a New-Runai*Workload names, looked up among those the project sees (its own, its department's, its
/// cluster's and the tenant's; the narrowest scope wins). Every name is looked up before anything is written: a miss
/// is ObjectNotFound naming the input, a name two assets of one scope share is refused.
/// </summary>
internal sealed class WorkloadAssetLookup
{
    private readonly RunaiCmdlet cmdlet;
    private readonly RunaiConnection connection;
    private readonly AssetVisibility visibility;
    private readonly Dictionary<AssetFamily, IReadOnlyList<Asset>> lists = new();

    public WorkloadAssetLookup(RunaiCmdlet cmdlet, RunaiConnection connection, string projectId, string? clusterId, string? departmentId)
    {
        this.cmdlet = cmdlet;
        this.connection = connection;
        visibility = new AssetVisibility(projectId, clusterId, departmentId);
    }

    /// <summary>The assets, or null once an error has been written.</summary>
    public WorkloadAssets? Resolve(string? environment, string? compute, string[]? dataSources, string? imagePullCredential)
    {
        var assets = new WorkloadAssets();
        var ok = true;
        if (environment is not null)
        {
            if (Find(AssetFamily.Environment, environment, null, out var found)) assets.Environment = found;
            else ok = false;
        }
        if (compute is not null)
        {
            if (Find(AssetFamily.Compute, compute, null, out var found)) assets.Compute = found;
            else ok = false;
        }
        foreach (var name in dataSources ?? Array.Empty<string>())
        {
            // The family list gives each spec keyed by kind (contract: DatasourceListResponseAssetSpec); the kind's
            // own GET gives the flat spec a workload's storage item copies.
            if (Find(AssetFamily.DataSource, name, null, out var found) && AssetKinds.FromName(found!.Kind) is { } kind
                && cmdlet.TryRun(ct => connection.Assets(kind).GetAsync(found.Id, ct), name, out var full))
                assets.DataSources.Add(full);
            else ok = false;
        }
        if (imagePullCredential is not null)
        {
            if (Find(AssetFamily.Credential, imagePullCredential, AssetKinds.DockerRegistry, out var credential))
                assets.ImagePullSecret = credential!.ClusterResourceName ?? credential.Name;
            else ok = false;
        }
        if (!ok) return null;
        foreach (var id in assets.CredentialIds().ToList())
        {
            if (List(AssetFamily.Credential, id) is not { } credentials) return null;
            if (credentials.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase))?.ClusterResourceName is { } secret)
                assets.CredentialSecrets[id] = secret;
        }
        return assets;
    }

    /// <summary>The template of the workload's kind named <paramref name="name"/> that the project sees, or null once an error has been written.</summary>
    public WorkloadTemplate? ResolveTemplate(WorkloadKind kind, string name)
    {
        var client = connection.WorkloadTemplates(kind);
        if (!cmdlet.TryRun(ct => client.ListAllAsync(new ResourceQuery().Where("name", "==", name), ct), name, out var all)) return null;
        return Pick(all, name, null, client.Resource.Noun, out var template) ? template : null;
    }

    private bool Find(AssetFamily family, string name, AssetKind? kind, out Asset? asset)
    {
        asset = null;
        if (List(family, name) is not { } all) return false;
        return Pick(all, name, kind?.Name, kind?.Noun ?? connection.Assets(family).Resource.Noun, out asset);
    }

    /// <summary>Among <paramref name="all"/>, the one named <paramref name="name"/> (of that kind) in the narrowest scope the project sees.</summary>
    private bool Pick<T>(IReadOnlyList<T> all, string name, string? kind, string noun, out T? asset) where T : class, IAsset
    {
        asset = null;
        var visible = all.Where(a => a.Name == name && (kind is null || a.Kind == kind)).Select(a => (Asset: a, Rank: visibility.Rank(a))).Where(a => a.Rank >= 0).ToList();
        if (visible.Count == 0)
        {
            cmdlet.WriteInputError($"No {noun} named '{name}' is available to the project.", ErrorIds.ResourceNotFound, ErrorCategory.ObjectNotFound, name);
            return false;
        }
        var narrowest = visible.Min(a => a.Rank);
        var matches = visible.Where(a => a.Rank == narrowest).Select(a => a.Asset).ToList();
        if (matches.Count > 1)
        {
            cmdlet.WriteInputError($"{matches.Count} assets are named '{name}' ({string.Join(", ", matches.Select(m => $"{m.Kind} in {m.Scope} {m.ScopeId}".TrimEnd()))}).",
                ErrorIds.AmbiguousAssetName, ErrorCategory.InvalidArgument, name);
            return false;
        }
        asset = matches[0];
        return true;
    }

    private IReadOnlyList<Asset>? List(AssetFamily family, object target)
    {
        if (lists.TryGetValue(family, out var cached)) return cached;
        if (!cmdlet.TryRun(ct => connection.Assets(family).ListAllAsync(cancellationToken: ct), target, out var all)) return null;
        return lists[family] = all;
    }
}
