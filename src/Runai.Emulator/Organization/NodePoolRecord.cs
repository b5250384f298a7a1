using System.Text.Json.Nodes;
using Runai.Emulator.Collections;

namespace Runai.Emulator.Organization;

/// <summary>A stored node pool: identity plus the client-settable fields exactly as last written.</summary>
public sealed class NodePoolRecord : ICollectionRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ClusterId { get; init; }
    string ICollectionRecord.Scope => ClusterId;
    public bool IsDefault { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string LabelKey { get; set; }
    public required string LabelValue { get; set; }

    /// <summary>The other settable fields of <c>NodepoolUpdateFields</c> (placement strategy, GPU network acceleration, …).</summary>
    public JsonObject Settings { get; set; } = [];
}
