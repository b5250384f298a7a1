using System.Collections.Generic;
using Runai.Client.Resources;

namespace Runai.Client.Assets;

/// <summary>
/// One asset kind of the contract (PVC, S3, access key, compute…): its family, the module's and the contract's name
/// for it, its route and the descriptor <see cref="ResourceClient{T}"/> serves it from, and what its update takes.
/// Every kind has the same <c>meta</c> + <c>spec</c> shape, so a kind is one line in <see cref="AssetKinds"/>.
/// </summary>
public sealed class AssetKind : IAssetKind<Asset>
{
    internal AssetKind(AssetFamily family, string name, string contractKind, string route, string noun, ResourceDescriptor<Asset> descriptor,
        IReadOnlyCollection<string>? updatableSpecFields)
    {
        Family = family;
        Name = name;
        ContractKind = contractKind;
        Route = route;
        Noun = noun;
        Descriptor = descriptor;
        UpdatableSpecFields = updatableSpecFields;
    }

    public AssetFamily Family { get; }

    /// <summary>What -Kind takes and <see cref="Asset.Kind"/> shows, e.g. <c>HostPath</c>.</summary>
    public string Name { get; }

    /// <summary>The contract's <c>AssetKind</c> in <c>meta.kind</c>, e.g. <c>hostPath</c>.</summary>
    public string ContractKind { get; }

    public string Route { get; }

    /// <summary>"host path data source", for messages and confirmations.</summary>
    public string Noun { get; }

    public ResourceDescriptor<Asset> Descriptor { get; }

    /// <summary>
    /// The spec fields the kind's PUT takes: null for the whole spec, empty for none. Credentials take only a description.
    /// </summary>
    public IReadOnlyCollection<string>? UpdatableSpecFields { get; }

    /// <summary>Every asset kind has an update (PUT).</summary>
    public bool CanUpdate => true;

    /// <summary>Whether the update takes a name (credentials' updates take only a description).</summary>
    public bool UpdateTakesName => Family != AssetFamily.Credential;

    /// <summary>Whether the update takes a spec at all (credentials' updates have none).</summary>
    public bool UpdateTakesSpec => Family != AssetFamily.Credential;

    public override string ToString() => Name;
}
