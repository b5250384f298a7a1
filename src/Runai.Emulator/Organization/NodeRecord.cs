using Runai.Emulator.Collections;

namespace Runai.Emulator.Organization;

/// <summary>A seeded cluster node.</summary>
public sealed record NodeRecord(
    string Id, string Name, string ClusterId, string NodePool, string Status, string GpuType, int GpuCount, DateTimeOffset CreatedAt)
    : ICollectionRecord
{
    string ICollectionRecord.Scope => ClusterId;
}
