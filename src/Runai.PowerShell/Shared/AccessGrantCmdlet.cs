using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Access;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>
/// Base of the cmdlets that name one grant (New-RunaiAccessRule, Grant-RunaiAccess, Revoke-RunaiAccess): a subject
/// (-User, -ServiceAccount or -Group), a role and a scope (-Project, -Department, -Cluster or -Tenant), each by name or
/// id, taken from parameters or from the properties of piped objects (CSV rows). Everything is resolved, and the
/// existing rule for the grant looked up, before anything is written; a row that fails is one error with the row as
/// TargetObject.
/// </summary>
public abstract class AccessGrantCmdlet : RunaiChangeCmdlet
{
    /// <summary>A user's e-mail address. Binds from piped users (Username) and CSV columns named User or Email.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Email", "Username")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(UserNameCompleter))]
    public string? User { get; set; }

    /// <summary>A service account's name, client id or id. Binds from piped service accounts (ClientId).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ClientId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceAccountNameCompleter))]
    public string? ServiceAccount { get; set; }

    /// <summary>A group name from the identity provider.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Group { get; set; }

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("RoleName", "RoleId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(RoleNameCompleter))]
    public string Role { get; set; } = "";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DepartmentNameCompleter))]
    public string? Department { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public string? Cluster { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public SwitchParameter Tenant { get; set; }

    private static (string Type, string? Id)? ScopeOfPiped(object? piped) => piped switch
    {
        Runai.Client.Organization.Project project => ("project", project.Id),
        Runai.Client.Organization.Department department => ("department", department.Id),
        Runai.Client.Clusters.Cluster cluster => ("cluster", cluster.Uuid),
        _ => null,
    };

    /// <summary>The grant this record names, resolved, with the rule that already grants it (if any).</summary>
    private protected bool TryResolveGrant(out ResolvedGrant grant)
    {
        grant = null!;
        object target = InputObject is { BaseObject: not string } row ? row : Describe();
        var subjects = new[] { (Type: "user", Id: User), (Type: "service-account", Id: ServiceAccount), (Type: "group", Id: Group) }
            .Where(s => !string.IsNullOrEmpty(s.Id)).ToList();
        var scopes = new[] { (Type: "project", Id: Project), (Type: "department", Id: Department), (Type: "cluster", Id: Cluster) }
            .Where(s => !string.IsNullOrEmpty(s.Id)).ToList();
        if (Tenant) scopes.Add((Type: "tenant", Id: null));
        // A piped project, department or cluster is the scope itself (Get-RunaiProject team-a | Grant-RunaiAccess …).
        if (scopes.Count == 0 && ScopeOfPiped(InputObject?.BaseObject) is { } piped) scopes.Add(piped);
        if (subjects.Count != 1 || scopes.Count != 1)
        {
            WriteInputError(subjects.Count != 1 ? "Name exactly one subject: -User, -ServiceAccount or -Group." : "Name exactly one scope: -Project, -Department, -Cluster or -Tenant.",
                ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, target);
            return false;
        }
        var connection = RequireConnection();
        var lookup = new AccessLookup(connection);
        var (subjectType, subjectId) = (subjects[0].Type, subjects[0].Id!);
        var (scopeType, scopeName) = (scopes[0].Type, scopes[0].Id);
        if (!TryRun(async ct =>
            {
                if (subjectType == "user") subjectId = (await lookup.UserAsync(subjectId, ct).ConfigureAwait(false)).Username;
                if (subjectType == "service-account") subjectId = (await lookup.ServiceAccountAsync(subjectId, ct).ConfigureAwait(false)).ClientId;
                var role = await lookup.RoleAsync(Role, ct).ConfigureAwait(false);
                var scope = await lookup.ScopeAsync(scopeType, scopeName, ct).ConfigureAwait(false);
                var rule = new AccessRule
                {
                    SubjectType = subjectType, SubjectId = subjectId, RoleId = role.Id, RoleName = role.Name, ScopeType = scope.Type, ScopeId = scope.Id,
                    ScopeName = scope.Name, ClusterId = scope.ClusterId,
                };
                return new ResolvedGrant(rule, role, scope, await ExistingAsync(connection.AccessRules(), rule, ct).ConfigureAwait(false), target);
            }, target, out grant))
            return false;
        return true;
    }

    private static async Task<AccessRule?> ExistingAsync(ResourceClient<AccessRule> rules, AccessRule rule, CancellationToken ct)
    {
        var query = new ResourceQuery()
            .Where("subjectType", "==", rule.SubjectType).Where("subjectId", "==", rule.SubjectId)
            .Where("roleId", "==", rule.RoleId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where("scopeType", "==", rule.ScopeType).Where("scopeId", "==", rule.ScopeId);
        var matching = await rules.ListAllAsync(query, ct).ConfigureAwait(false);
        return matching.FirstOrDefault(r => r.SubjectId == rule.SubjectId && r.RoleId == rule.RoleId && r.ScopeId == rule.ScopeId && r.ScopeType == rule.ScopeType);
    }

    private string Describe() =>
        $"{User ?? ServiceAccount ?? Group} as '{Role}' on {(Tenant ? "the tenant" : Project ?? Department ?? Cluster)}";
}

/// <summary>A grant with every name resolved: the rule to create, and the one that already grants it.</summary>
internal sealed class ResolvedGrant
{
    public ResolvedGrant(AccessRule rule, Role role, AccessScope scope, AccessRule? existing, object target)
    {
        Rule = rule;
        Role = role;
        Scope = scope;
        Existing = existing;
        Target = target;
    }

    public AccessRule Rule { get; }
    public Role Role { get; }
    public AccessScope Scope { get; }
    public AccessRule? Existing { get; }
    public object Target { get; }

    public override string ToString() => $"{Rule.SubjectType} '{Rule.SubjectId}' as '{Role.Name}' on {Scope}";
}
