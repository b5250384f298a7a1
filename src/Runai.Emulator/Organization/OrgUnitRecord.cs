using System.Text.Json.Nodes;
using Runai.Emulator.Collections;

namespace Runai.Emulator.Organization;

/// <summary>A stored department or project: identity plus the contract's <c>DataUpdatableFields</c>.</summary>
public sealed class OrgUnitRecord : ICollectionRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ClusterId { get; init; }
    string ICollectionRecord.Scope => ClusterId;

    /// <summary>The parent department of a project; null for departments.</summary>
    public string? ParentId { get; init; }
    public bool IsProject => ParentId is not null;
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string Description { get; set; } = "";
    public JsonNode? SchedulingRules { get; set; }
    public JsonNode? DefaultNodePools { get; set; }
    public JsonNode? NodeTypes { get; set; }
    public string? RequestedNamespace { get; init; }
    public bool EnforceRunaiScheduler { get; set; } = true;
    public OrgUnitResources Resources { get; set; } = OrgUnitResources.Empty();
}
