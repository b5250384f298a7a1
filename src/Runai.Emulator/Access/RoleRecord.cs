using Runai.Emulator.Collections;

namespace Runai.Emulator.Access;

/// <summary>A role, predefined or from a seed file: its name, description and the actions it grants per resource type.</summary>
public sealed class RoleRecord : ICollectionRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    string ICollectionRecord.Scope => "";
    public required string Description { get; init; }

    /// <summary>Resource type (the contract's <c>ResourceType</c>) to actions (<c>Action</c>).</summary>
    public required IReadOnlyDictionary<string, string[]> Grants { get; init; }

    /// <summary>A seed file's role rather than a predefined one (the contract's <c>custom</c>).</summary>
    public bool Custom { get; init; }
}
