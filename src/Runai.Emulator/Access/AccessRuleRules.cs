using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Clusters;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Organization;

namespace Runai.Emulator.Access;

/// <summary>
/// What an access rule must respect: a known subject type and a subject, a role that exists, and a scope that exists
/// (the tenant, a cluster, a department or a project); its names are looked up when it is shown.
/// </summary>
public sealed class AccessRuleRules(CollectionStore<RoleRecord> roles, ClusterStore clusters, OrgUnitTree tree, TimeProvider time)
{
    public const string TenantName = "emulator";
    private static readonly string[] SubjectTypes = ["user", "app", "service-account", "group"];

    public AccessRuleRecord Create(JsonObject body, string id)
    {
        var subjectType = body.GetString("subjectType");
        if (subjectType is null || !SubjectTypes.Contains(subjectType))
            throw ApiProblem.BadRequest($"subjectType must be one of {string.Join(", ", SubjectTypes)}.");
        var subjectId = body.GetString("subjectId");
        if (string.IsNullOrWhiteSpace(subjectId)) throw ApiProblem.BadRequest("subjectId is required.");
        var roleId = body.GetNumber("roleId") is { } n ? ((int)n).ToString(CultureInfo.InvariantCulture) : throw ApiProblem.BadRequest("roleId is required.");
        if (roles.Find(roleId) is null) throw ApiProblem.BadRequest($"Role {roleId} does not exist.");
        var scopeType = body.GetString("scopeType") ?? throw ApiProblem.BadRequest("scopeType is required.");
        var scopeId = body.GetString("scopeId") ?? throw ApiProblem.BadRequest("scopeId is required.");
        if (ScopeName(scopeType, scopeId) is null) throw ApiProblem.BadRequest($"The {scopeType} scope '{scopeId}' does not exist.");
        return new AccessRuleRecord
        {
            Id = id, SubjectType = subjectType, SubjectId = subjectId, RoleId = roleId, ScopeType = scopeType, ScopeId = scopeId,
            ClusterId = body.GetString("clusterId") ?? ClusterOf(scopeType, scopeId), CreatedAt = time.GetUtcNow(),
        };
    }

    /// <summary>A rule the tenant starts with (the seeded administrators).</summary>
    public AccessRuleRecord Seeded(string id, string subjectType, string subjectId, string roleName) => new()
    {
        Id = id, SubjectType = subjectType, SubjectId = subjectId, RoleId = roles.All().First(r => r.Name == roleName).Id,
        ScopeType = "tenant", ScopeId = EmulatorTenant.Id.ToString(CultureInfo.InvariantCulture), CreatedAt = time.GetUtcNow(),
    };

    public string RoleName(AccessRuleRecord rule) => roles.Find(rule.RoleId)?.Name ?? "";

    public RoleRecord? RoleOf(AccessRuleRecord rule) => roles.Find(rule.RoleId);

    /// <summary>The scope's display name, or null when no such scope exists.</summary>
    public string? ScopeName(string scopeType, string scopeId) => scopeType switch
    {
        "system" => "system",
        "tenant" => scopeId == EmulatorTenant.Id.ToString(CultureInfo.InvariantCulture) ? TenantName : null,
        "cluster" => clusters.Find(scopeId)?.Name,
        "department" => tree.Departments.Find(scopeId)?.Name,
        "project" => tree.Projects.Find(scopeId)?.Name,
        _ => null,
    };

    private string? ClusterOf(string scopeType, string scopeId) => scopeType switch
    {
        "cluster" => scopeId,
        "department" => tree.Departments.Find(scopeId)?.ClusterId,
        "project" => tree.Projects.Find(scopeId)?.ClusterId,
        _ => null,
    };
}
