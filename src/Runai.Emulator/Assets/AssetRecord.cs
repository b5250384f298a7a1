using System.Text.Json.Nodes;
using Runai.Emulator.Collections;

namespace Runai.Emulator.Assets;

/// <summary>A stored asset of any kind: identity, scope, and the spec as written without its secret values.</summary>
public sealed class AssetRecord : ICollectionRecord
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary><c>tenant</c>, <c>cluster</c>, <c>department</c> or <c>project</c>.</summary>
    public required string ScopeType { get; init; }
    public string? ClusterId { get; init; }
    public string? DepartmentId { get; init; }
    public int? ProjectId { get; init; }
    public string? ProjectName { get; init; }

    /// <summary>Names are unique per kind (one store each) within one scope owner.</summary>
    public string Scope => $"{ScopeType}:{ProjectId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? DepartmentId ?? ClusterId}";

    public required JsonObject Spec { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
