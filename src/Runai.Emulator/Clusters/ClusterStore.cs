using System.Globalization;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Clusters;

/// <summary>
/// The seeded clusters (<c>--clusters N</c>, or the names of a seed file): cluster i is named <c>cluster-i</c> (or as the seed says) with uuid
/// <c>00000000-0000-4000-8000-00000000000i</c> (i as 12 hex digits). Clusters cannot be created or deleted through
/// the emulator, so the store is read-only and needs no reset. Other areas use it to check cluster ids.
/// </summary>
public sealed class ClusterStore
{
    // A fixed seed time keeps responses identical from run to run.
    public static readonly DateTimeOffset SeededAt = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public const string Version = "2.24.0";

    private readonly Dictionary<string, DisplayedCluster> _byUuid;

    public ClusterStore(EmulatorOptions options)
    {
        All = options.ClusterNames.Count > 0
            ? options.ClusterNames.Select((name, i) => Seed(i + 1, name)).ToArray()
            : Enumerable.Range(1, options.Clusters).Select(i => Seed(i, $"cluster-{i}")).ToArray();
        _byUuid = All.ToDictionary(c => c.Uuid, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>All clusters in seed order; the first is the default cluster.</summary>
    public IReadOnlyList<DisplayedCluster> All { get; }

    public DisplayedCluster Default => All[0];

    public bool Exists(string? uuid) => uuid is not null && _byUuid.ContainsKey(uuid);

    public DisplayedCluster? Find(string? uuid) => uuid is not null && _byUuid.TryGetValue(uuid, out var cluster) ? cluster : null;

    /// <summary>The uuid of seeded cluster <paramref name="index"/> (1-based).</summary>
    public static string UuidOf(int index) =>
        "00000000-0000-4000-8000-" + index.ToString("x12", CultureInfo.InvariantCulture);

    private static DisplayedCluster Seed(int index, string name) => new(
        Uuid: UuidOf(index),
        TenantId: EmulatorTenant.Id,
        Name: name,
        CreatedAt: SeededAt,
        Domain: $"https://cluster-{index}.emulator.local",
        Version: Version,
        Status: new ClusterDisplayedStatus("Connected"),
        UpdatedAt: SeededAt,
        LastLiveness: SeededAt);
}
