using System.Text.RegularExpressions;

namespace Runai.Emulator.Organization;

/// <summary>
/// The clusters organization units may live in. Until the cluster store is shared, these are the seeded clusters
/// (<c>cluster-i</c>, uuid <c>00000000-0000-4000-8000-00000000000i</c>), i = 1..<see cref="Count"/>.
/// </summary>
public sealed partial class OrganizationClusters(int count = 1)
{
    public const int TenantId = 1001;

    public int Count { get; } = Math.Max(1, count);

    public IEnumerable<string> Ids => Enumerable.Range(1, Count).Select(IdOf);

    public static string IdOf(int index) => $"00000000-0000-4000-8000-{index:x12}";

    public bool IsKnown(string? clusterId) => clusterId is not null && IndexOf(clusterId) is int i && i >= 1 && i <= Count;

    public string NameOf(string clusterId) => IndexOf(clusterId) is int i ? $"cluster-{i}" : clusterId;

    /// <summary>Throws 400 unless the cluster exists.</summary>
    public string Require(string? clusterId) =>
        IsKnown(clusterId) ? clusterId! : throw OrganizationException.BadRequest($"Cluster '{clusterId}' does not exist.");

    private static int? IndexOf(string clusterId)
    {
        var match = SeededId().Match(clusterId);
        return match.Success ? Convert.ToInt32(match.Groups[1].Value, 16) : null;
    }

    [GeneratedRegex("^00000000-0000-4000-8000-([0-9a-f]{12})$")]
    private static partial Regex SeededId();
}
