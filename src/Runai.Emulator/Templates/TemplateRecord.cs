using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Workloads;

namespace Runai.Emulator.Templates;

/// <summary>A stored workload template: its workload kind, scope (<c>scopeType</c> + <c>scopeId</c>) and spec.</summary>
public sealed class TemplateRecord : ICollectionRecord
{
    public required string Id { get; init; }
    public required WorkloadKind Kind { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary><c>tenant</c>, <c>cluster</c>, <c>department</c> or <c>project</c>.</summary>
    public required string ScopeType { get; init; }

    /// <summary>The owner's id (the tenant's for a tenant scope).</summary>
    public required string ScopeId { get; init; }
    public string? ClusterId { get; init; }
    public string? DepartmentId { get; init; }
    public int? ProjectId { get; init; }

    /// <summary>Names are unique per workload kind (one store each) within one scope owner.</summary>
    public string Scope => $"{ScopeType}:{ScopeId}";

    public required JsonObject Spec { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string? ProjectIdText => ProjectId?.ToString(CultureInfo.InvariantCulture);
}
