using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>The contract's <c>Project</c>.</summary>
[ContractSchema("Project")]
public sealed class Project : OrgUnit
{
    [JsonPropertyName("parentId")] public string? ParentId { get; set; }
    [JsonPropertyName("requestedNamespace")] public string? RequestedNamespace { get; set; }
    [JsonPropertyName("enforceRunaiScheduler")] public bool? EnforceRunaiScheduler { get; set; }

    /// <summary>The parent department's id; named so that a piped project binds -DepartmentId by property name.</summary>
    [JsonIgnore] public string? DepartmentId => ParentId;

    /// <summary>The parent department as the answer names it (the contract's <c>DepartmentProjectParent</c>).</summary>
    [JsonPropertyName("parent")] public OrgUnitParent? Parent { get; set; }

    /// <summary>The parent department's name: from the answer's <c>parent</c>, else filled in by the module for display.</summary>
    [JsonIgnore]
    public string? DepartmentName
    {
        get => departmentName ?? Parent?.Name;
        set => departmentName = value;
    }

    private string? departmentName;

    [JsonIgnore] public string? Namespace => Status?.Namespace ?? RequestedNamespace;
}
