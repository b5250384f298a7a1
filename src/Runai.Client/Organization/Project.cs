using System.Text.Json.Serialization;

namespace Runai.Client.Organization;

/// <summary>The contract's <c>Project</c>.</summary>
public sealed class Project : OrgUnit
{
    [JsonPropertyName("parentId")] public string? ParentId { get; set; }
    [JsonPropertyName("requestedNamespace")] public string? RequestedNamespace { get; set; }
    [JsonPropertyName("enforceRunaiScheduler")] public bool? EnforceRunaiScheduler { get; set; }

    /// <summary>The parent department's id; named so that a piped project binds -DepartmentId by property name.</summary>
    [JsonIgnore] public string? DepartmentId => ParentId;

    /// <summary>The parent department's name, filled in by the module for display (not part of the contract).</summary>
    [JsonIgnore] public string? DepartmentName { get; set; }

    [JsonIgnore] public string? Namespace => Status?.Namespace ?? RequestedNamespace;
}
