using Runai.Emulator.Collections;

namespace Runai.Emulator.Access;

/// <summary>A stored user: named by e-mail (unique in the tenant), with the temporary password last issued.</summary>
public sealed class UserRecord : ICollectionRecord
{
    public required string Id { get; init; }

    /// <summary>The e-mail address (the contract's <c>username</c>).</summary>
    public required string Name { get; init; }

    string ICollectionRecord.Scope => "";
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool MustChangePassword { get; set; }
    public string TempPassword { get; set; } = "";
}
