using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Access;

/// <summary>
/// <c>/api/v1/authorization/access-rules</c> (list with totals, count, get, create, delete), the caller's own rules
/// (<c>/authorization/me/access-rules</c>, matched on the token's subject) and the caller's permissions
/// (<c>/authorization/permissions</c>, the union of what their rules' roles grant).
/// </summary>
public static class AccessRuleCollection
{
    public static CollectionStore<AccessRuleRecord> CreateStore(AccessRuleRules rules, EmulatorOptions options) =>
        new("Access rule", _ => "the tenant", nextId =>
            new[] { rules.Seeded(nextId(), "user", UserCollection.SeededAdmin, "System administrator") }
                .Concat(options.Apps.Select(app => rules.Seeded(nextId(), "service-account", app.ClientId, "System administrator"))).ToList());

    public static void Map(IEndpointRouteBuilder api, IServiceProvider services)
    {
        var store = services.GetRequiredService<CollectionStore<AccessRuleRecord>>();
        var rules = services.GetRequiredService<AccessRuleRules>();
        var fields = Fields(rules);
        CollectionRoutes.Map(api, new Collection<AccessRuleRecord>
        {
            Route = "/authorization/access-rules",
            IdParameter = "accessRuleId",
            Envelope = "accessRules",
            PagesHaveTotals = true,
            Store = store,
            Fields = fields,
            Render = r => Render(r, rules),
            Create = rules.Create,
            Delete = _ => { },
        });

        api.MapGet("/authorization/me/access-rules", (HttpRequest request) =>
        {
            var query = ListQuery<AccessRuleRecord>.Parse(request, fields);
            var mine = query.Apply(Mine(store, request));
            var page = query.PageBody(mine, "accessRules", r => Render(r, rules), withNext: false);
            page["totalRecords"] = mine.Count;
            page["displayRecords"] = page["accessRules"]!.AsArray().Count;
            return Results.Json(new JsonObject { ["accessRules"] = page });
        });
        api.MapGet("/authorization/me/access-rules/count", (HttpRequest request) =>
            Results.Json(ListQuery<AccessRuleRecord>.CountBody(ListQuery<AccessRuleRecord>.Parse(request, fields).Apply(Mine(store, request)).Count)));

        api.MapGet("/authorization/permissions", (HttpRequest request) =>
        {
            var granted = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var role in Mine(store, request).Select(rules.RoleOf).OfType<RoleRecord>())
                foreach (var (type, actions) in role.Grants)
                    (granted.TryGetValue(type, out var set) ? set : granted[type] = new SortedSet<string>(StringComparer.Ordinal)).UnionWith(actions);
            return Results.Json(RoleCollection.Permissions(granted.Select(g => KeyValuePair.Create(g.Key, g.Value.ToArray()))));
        });
    }

    // The token's subject is a client id (service account or app) or, for a user's token, the e-mail address.
    private static List<AccessRuleRecord> Mine(CollectionStore<AccessRuleRecord> store, HttpRequest request)
    {
        var subject = request.HttpContext.User.FindFirstValue("sub");
        return store.Where(r => r.SubjectId == subject);
    }

    private static Dictionary<string, Func<AccessRuleRecord, object?>> Fields(AccessRuleRules rules) => new()
    {
        ["subjectId"] = r => r.SubjectId,
        ["subjectType"] = r => r.SubjectType,
        ["roleId"] = r => r.RoleId,
        ["scopeId"] = r => r.ScopeId,
        ["scopeType"] = r => r.ScopeType,
        ["roleName"] = rules.RoleName,
        ["scopeName"] = r => rules.ScopeName(r.ScopeType, r.ScopeId),
        ["createdAt"] = r => r.CreatedAt,
        ["deletedAt"] = _ => null,
        ["createdBy"] = _ => EmulatorTenant.Actor,
        ["phase"] = _ => "Ready",
    };

    /// <summary>The contract's <c>AccessRule</c>.</summary>
    private static JsonObject Render(AccessRuleRecord rule, AccessRuleRules rules) => new JsonObject
    {
        ["id"] = int.Parse(rule.Id, CultureInfo.InvariantCulture),
        ["subjectId"] = rule.SubjectId,
        ["subjectType"] = rule.SubjectType,
        ["roleId"] = int.Parse(rule.RoleId, CultureInfo.InvariantCulture),
        ["roleName"] = rules.RoleName(rule),
        ["scopeId"] = rule.ScopeId,
        ["scopeType"] = rule.ScopeType,
        ["scopeName"] = rules.ScopeName(rule.ScopeType, rule.ScopeId) ?? rule.ScopeId,
        ["clusterId"] = rule.ClusterId,
        ["tenantId"] = EmulatorTenant.Id,
        ["createdBy"] = EmulatorTenant.Actor,
        ["createdAt"] = JsonBody.Timestamp(rule.CreatedAt),
        ["updatedAt"] = JsonBody.Timestamp(rule.CreatedAt),
        ["status"] = new JsonObject { ["phase"] = "Ready" },
    }.WithoutNulls();
}
