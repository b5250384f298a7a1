using Runai.Emulator.Collections;

namespace Runai.Emulator.Access;

/// <summary>A stored service account or access key: a name, a client id and the secret last issued for it.</summary>
public sealed class ClientRecord : ICollectionRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>Access keys are each user's own; the emulator has one caller, so names are unique in the tenant.</summary>
    string ICollectionRecord.Scope => "";
    public required string ClientId { get; init; }
    public required string Secret { get; set; }
    public bool Enabled { get; set; } = true;
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? LastLogin { get; set; }
}
