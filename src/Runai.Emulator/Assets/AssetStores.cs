using System.Globalization;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Assets;

/// <summary>
/// One <see cref="CollectionStore{TRecord}"/> per asset kind, keyed by the contract's kind, drawing UUID-form ids from
/// one sequence so an id names one asset across kinds (as the family lists need).
/// </summary>
public sealed class AssetStores : IResettable
{
    private readonly IdSequence _ids = new();

    public AssetStores() =>
        ByKind = AssetKindRoute.All.ToDictionary(k => k.Kind, k => new CollectionStore<AssetRecord>($"Asset of kind '{k.Kind}'", DescribeScope, sharedIds: _ids));

    public IReadOnlyDictionary<string, CollectionStore<AssetRecord>> ByKind { get; }

    public IEnumerable<AssetRecord> InFamily(string family) =>
        AssetKindRoute.All.Where(k => k.Family == family).SelectMany(k => ByKind[k.Kind].All());

    /// <summary>The asset of any kind with that id, or null.</summary>
    public AssetRecord? Find(string id) => ByKind.Values.Select(s => s.Find(id)).FirstOrDefault(r => r is not null);

    /// <summary>The UUID form the contract's <c>AssetId</c> takes, from the sequence's next number.</summary>
    public static string Uuid(string sequenceNumber) =>
        "00000000-0000-4000-8000-" + long.Parse(sequenceNumber, CultureInfo.InvariantCulture).ToString("D12", CultureInfo.InvariantCulture);

    public void Reset()
    {
        _ids.Restart();
        foreach (var store in ByKind.Values) store.Reset();
    }

    private static string DescribeScope(string scope) => scope.Replace(":", " ", StringComparison.Ordinal).TrimEnd();
}
