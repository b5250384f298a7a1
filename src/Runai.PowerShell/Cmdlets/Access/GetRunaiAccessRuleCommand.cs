using System.Globalization;
using System.Management.Automation;
using Runai.Client.Access;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>
/// Lists access rules, filtered on the server by subject, role (name or id) and scope (name or id); -Mine lists the
/// caller's own rules (what to check when an answer is 403); -Id gets rules by id.
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunaiAccessRule", DefaultParameterSetName = FilterSet, SupportsPaging = true)]
[OutputType(typeof(AccessRule))]
public sealed class GetRunaiAccessRuleCommand : RunaiCmdlet
{
    public const string FilterSet = "Filter";
    public const string MineSet = "Mine";
    public const string ByIdSet = "ById";

    [Parameter(ParameterSetName = FilterSet)]
    [ValidateSet("user", "service-account", "app", "group")]
    public string? SubjectType { get; set; }

    /// <summary>The subject id: a user's e-mail, a service account's client id, a group name.</summary>
    [Parameter(ParameterSetName = FilterSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Email", "Username", "SubjectId")]
    [ValidateNotNullOrEmpty]
    public string? Subject { get; set; }

    [Parameter(ParameterSetName = FilterSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(RoleNameCompleter))]
    public string? Role { get; set; }

    [Parameter(ParameterSetName = FilterSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    [Parameter(ParameterSetName = FilterSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DepartmentNameCompleter))]
    public string? Department { get; set; }

    [Parameter(ParameterSetName = FilterSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public string? Cluster { get; set; }

    [Parameter(ParameterSetName = FilterSet)]
    public SwitchParameter Tenant { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = MineSet)]
    public SwitchParameter Mine { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet)]
    [Alias("AccessRuleId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (ParameterSetName == MineSet)
        {
            ListWriter.Write(this, connection.MyAccessRules(), null);
            return;
        }
        var rules = connection.AccessRules();
        if (ParameterSetName == ByIdSet)
        {
            foreach (var rule in TargetResolver.Resolve(this, rules, Id, null)) WriteObject(rule);
            return;
        }
        var scopeCount = (Project is null ? 0 : 1) + (Department is null ? 0 : 1) + (Cluster is null ? 0 : 1) + (Tenant ? 1 : 0);
        if (scopeCount > 1)
        {
            WriteInputError("Name at most one scope: -Project, -Department, -Cluster or -Tenant.", ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, null);
            return;
        }
        var lookup = new AccessLookup(connection);
        string? scopeType = Project is not null ? "project" : Department is not null ? "department" : Cluster is not null ? "cluster" : Tenant ? "tenant" : null;
        var scopeName = Project ?? Department ?? Cluster;
        if (!TryRun(async ct =>
            {
                var query = new ResourceQuery();
                if (SubjectType is not null) query.Where("subjectType", "==", SubjectType);
                if (Subject is not null) query.Where("subjectId", "==", Subject);
                if (Role is not null) query.Where("roleId", "==", (await lookup.RoleAsync(Role, ct).ConfigureAwait(false)).Id.ToString(CultureInfo.InvariantCulture));
                if (scopeType is not null)
                {
                    var scope = await lookup.ScopeAsync(scopeType, scopeName, ct).ConfigureAwait(false);
                    query.Where("scopeType", "==", scope.Type).Where("scopeId", "==", scope.Id);
                }
                return query;
            }, Role ?? scopeName ?? Subject, out var filters))
            return;
        ListWriter.Write(this, rules, null, filters);
    }
}
