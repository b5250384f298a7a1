using System;
using System.Globalization;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Access;

/// <summary>The contract's <c>AccessRule</c> (also <c>MeAccessRule</c>): a role granted to a subject on a scope.</summary>
[ContractSchema("AccessRule")]
[ContractSchema("MeAccessRule")]
public sealed class AccessRule : RunaiModel
{
    [JsonPropertyName("id")] public int Id { get; set; }
    [JsonPropertyName("subjectId")] public string SubjectId { get; set; } = "";

    /// <summary>user, service-account, group (app is the deprecated name of service-account).</summary>
    [JsonPropertyName("subjectType")] public string SubjectType { get; set; } = "";

    [JsonPropertyName("roleId")] public int RoleId { get; set; }
    [JsonPropertyName("roleName")] public string? RoleName { get; set; }

    /// <summary>system, tenant, cluster, department, project.</summary>
    [JsonPropertyName("scopeType")] public string ScopeType { get; set; } = "";

    [JsonPropertyName("scopeId")] public string ScopeId { get; set; } = "";
    [JsonPropertyName("scopeName")] public string? ScopeName { get; set; }
    [JsonPropertyName("clusterId")] public string? ClusterId { get; set; }
    [JsonPropertyName("tenantId")] public int? TenantId { get; set; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("deletedAt")] public DateTimeOffset? DeletedAt { get; set; }
    [JsonPropertyName("status")] public AccessRuleStatus? Status { get; set; }

    /// <summary>The id under which Remove-RunaiAccessRule binds from a piped rule.</summary>
    [JsonIgnore] public int AccessRuleId => Id;

    [JsonIgnore] public string? Phase => Status?.Phase;

    /// <summary>"project team-a", "tenant 1001", for display.</summary>
    [JsonIgnore] public string Scope => ScopeType + " " + (ScopeName ?? ScopeId);

    internal string IdText => Id.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => $"{SubjectType} {SubjectId}: {RoleName ?? RoleId.ToString(CultureInfo.InvariantCulture)} on {Scope}";
}

/// <summary>The contract's <c>AccessRuleStatusResponse</c>.</summary>
[ContractSchema("AccessRuleStatusResponse")]
public sealed class AccessRuleStatus : RunaiModel
{
    /// <summary>Creating, Ready, NotReady, Deleting.</summary>
    [JsonPropertyName("phase")] public string? Phase { get; set; }

    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("details")] public string? Details { get; set; }
}
