using System;
using System.Collections.Generic;
using System.Linq;
using Runai.Client.Resources;

namespace Runai.Client.Assets;

/// <summary>Something done with a family's catalog whatever its item type (the shared Get-/Set-/Remove- asset cmdlets).</summary>
public interface IAssetCatalogVisitor
{
    void Visit<T>(AssetCatalog<T> catalog) where T : class, IAsset;
}

/// <summary>
/// One asset family as the shared cmdlets see it: its kinds and the list of all of them at once. Data sources,
/// credentials, compute and environment assets are <see cref="Asset"/>s; workload templates are <see cref="WorkloadTemplate"/>s.
/// </summary>
public abstract class AssetCatalog
{
    private protected AssetCatalog(AssetFamily family) => Family = family;

    public AssetFamily Family { get; }

    public abstract IReadOnlyList<IAssetKind> AllKinds { get; }

    public abstract void Accept(IAssetCatalogVisitor visitor);

    /// <summary>The catalog of <paramref name="family"/>.</summary>
    public static AssetCatalog Of(AssetFamily family) => family == AssetFamily.Template ? WorkloadTemplateKinds.Catalog : AssetKinds.CatalogOf(family);
}

/// <summary>A family's kinds of <typeparamref name="T"/> and the descriptor listing every kind at once.</summary>
public sealed class AssetCatalog<T> : AssetCatalog where T : class, IAsset
{
    internal AssetCatalog(AssetFamily family, IReadOnlyList<IAssetKind<T>> kinds, ResourceDescriptor<T> list, string? idQueryParameter)
        : base(family)
    {
        Kinds = kinds;
        List = list;
        IdQueryParameter = idQueryParameter;
    }

    public IReadOnlyList<IAssetKind<T>> Kinds { get; }

    public override IReadOnlyList<IAssetKind> AllKinds => Kinds;

    /// <summary>Every kind's items in one list (a family of one kind: that kind's own list).</summary>
    public ResourceDescriptor<T> List { get; }

    /// <summary>The list parameter that narrows it to ids (the data source list's <c>assetIds</c>), if it has one.</summary>
    public string? IdQueryParameter { get; }

    /// <summary>The kinds named (every kind when none is); names of other families are ignored.</summary>
    public IReadOnlyList<IAssetKind<T>> Select(string[]? kindNames) =>
        kindNames is null || kindNames.Length == 0
            ? Kinds
            : Kinds.Where(k => kindNames.Contains(k.Name, StringComparer.OrdinalIgnoreCase)).ToList();

    public IAssetKind<T>? KindOf(string? name) => Kinds.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

    public override void Accept(IAssetCatalogVisitor visitor) => (visitor ?? throw new ArgumentNullException(nameof(visitor))).Visit(this);
}
