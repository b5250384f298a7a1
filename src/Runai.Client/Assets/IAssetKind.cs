using System.Collections.Generic;
using Runai.Client.Resources;

namespace Runai.Client.Assets;

/// <summary>One kind of an asset family, whatever its model: its names and what its update takes.</summary>
public interface IAssetKind
{
    AssetFamily Family { get; }

    /// <summary>What -Kind takes, e.g. <c>HostPath</c> or <c>Training</c>.</summary>
    string Name { get; }

    /// <summary>"host path data source", for messages and confirmations.</summary>
    string Noun { get; }

    /// <summary>Whether the contract has an update (PUT) for the kind at all.</summary>
    bool CanUpdate { get; }

    /// <summary>Whether the update takes a name.</summary>
    bool UpdateTakesName { get; }

    /// <summary>Whether the update takes a spec at all.</summary>
    bool UpdateTakesSpec { get; }

    /// <summary>The spec fields the PUT takes: null for the whole spec, empty for none.</summary>
    IReadOnlyCollection<string>? UpdatableSpecFields { get; }
}

/// <summary>A kind and the descriptor its items of type <typeparamref name="T"/> are served from.</summary>
public interface IAssetKind<T> : IAssetKind where T : class, IAsset
{
    ResourceDescriptor<T> Descriptor { get; }
}
