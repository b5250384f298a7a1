using Runai.Emulator.Collections;

namespace Runai.Emulator.Access;

/// <summary>A stored access rule; its name is the whole grant, so the same grant twice is a 409.</summary>
public sealed class AccessRuleRecord : ICollectionRecord
{
    public required string Id { get; init; }
    public required string SubjectId { get; init; }
    public required string SubjectType { get; init; }
    public required string RoleId { get; init; }
    public required string ScopeType { get; init; }
    public required string ScopeId { get; init; }
    public string? ClusterId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string Name => $"{SubjectType} {SubjectId} as role {RoleId} on {ScopeType} {ScopeId}";
    string ICollectionRecord.Scope => "";
}
