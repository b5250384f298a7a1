using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Access;
using Runai.Emulator.Assets;
using Runai.Emulator.Clusters;
using Runai.Emulator.Collections;
using Runai.Emulator.Contract;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Organization;
using Runai.Emulator.Workloads;

namespace Runai.Emulator.Seed;

/// <summary>The stores a seed fills, and the rules of their create requests.</summary>
public sealed record SeedTargets(
    ClusterStore Clusters, CollectionStore<NodePoolRecord> Pools, NodePoolRules PoolRules, OrgUnitTree Tree, OrgUnitRules OrgUnitRules,
    CollectionStore<UserRecord> Users, CollectionStore<RoleRecord> Roles, CollectionStore<AccessRuleRecord> AccessRules,
    AccessRuleRules AccessRuleRules, WorkloadStore Workloads, AssetStores Assets, AssetRules AssetRules, TimeProvider Time, OpenApiContract? Contract = null);

/// <summary>
/// Applies a <see cref="SeedFile"/> through the same rules as the API's create requests, after every other store has
/// reset (it is registered last), so <c>/admin/reset</c> returns to the seeded tenant. Sections go in dependency
/// order: node pools, departments, projects, users, roles, access rules, assets, workloads. In strict mode each body,
/// its names replaced by ids, is first checked against the contract's create request, as a request to the API would be.
/// </summary>
public sealed class TenantSeeder(SeedFile seed, SeedTargets to) : IResettable
{
    public void Reset()
    {
        Each("nodePools", seed.NodePools, b => to.Pools.Add(id => to.PoolRules.Create(Checked("/api/v1/node-pools", WithClusterId(b)), id)));
        Each("departments", seed.Departments, b => to.Tree.Departments.Add(id => to.OrgUnitRules.CreateDepartment(Checked("/api/v1/org-unit/departments", WithClusterId(b)), id)));
        Each("projects", seed.Projects, b =>
        {
            WithClusterId(b);
            if (Take(b, "department") is { } departmentName)
            {
                var clusterId = b.GetString("clusterId")!;
                var parent = to.Tree.Departments.InScope(clusterId).FirstOrDefault(d => d.Name == departmentName)
                    ?? throw ApiProblem.BadRequest($"Department '{departmentName}' does not exist in cluster '{to.Clusters.Find(clusterId)?.Name}'.");
                b["parentId"] = parent.Id;
            }
            to.Tree.Projects.Add(id => to.OrgUnitRules.CreateProject(Checked("/api/v1/org-unit/projects", b), id));
        });
        Each("users", seed.Users, b => to.Users.Add(_ => UserCollection.Create(Checked("/api/v1/users", b), to.Time)));
        Each("roles", seed.Roles, b =>
        {
            // Predefined roles number themselves; a seeded one comes after the last.
            var id = (to.Roles.All().Max(r => int.Parse(r.Id, CultureInfo.InvariantCulture)) + 1).ToString(CultureInfo.InvariantCulture);
            var grants = b["permissions"]!.AsArray().OfType<JsonObject>().ToDictionary(
                p => p.GetString("resourceType")!, p => p["actions"]!.AsArray().Select(a => a!.GetValue<string>()).ToArray());
            to.Roles.Add(_ => new RoleRecord { Id = id, Name = b.GetString("name")!, Description = b.GetString("description") ?? "", Grants = grants, Custom = true });
        });
        Each("accessRules", seed.AccessRules, b =>
        {
            if (Take(b, "roleName") is { } roleName)
                b["roleId"] = Number((to.Roles.All().FirstOrDefault(r => r.Name == roleName) ?? throw ApiProblem.BadRequest($"Role '{roleName}' does not exist.")).Id);
            var scopeType = b.GetString("scopeType");
            var scopeName = Take(b, "scopeName");
            var cluster = Take(b, "cluster");
            if (scopeType == "tenant" && b["scopeId"] is null) b["scopeId"] = EmulatorTenant.Id.ToString(CultureInfo.InvariantCulture);
            else if (scopeName is not null)
            {
                b["scopeId"] = scopeType switch
                {
                    "cluster" => ClusterNamed(scopeName).Uuid,
                    "department" => OrgUnitNamed(to.Tree.Departments, "Department", scopeName, cluster).Id,
                    "project" => OrgUnitNamed(to.Tree.Projects, "Project", scopeName, cluster).Id,
                    _ => throw ApiProblem.BadRequest($"A scopeName needs scopeType cluster, department or project, not '{scopeType}'."),
                };
            }
            to.AccessRules.Add(id => to.AccessRuleRules.Create(Checked("/api/v1/authorization/access-rules", b), id));
        });
        Each("assets", seed.Assets, b =>
        {
            var kindName = Take(b, "kind");
            var route = AssetKindRoute.All.First(k => k.Kind == kindName);
            var meta = b["meta"]!.AsObject();
            var cluster = Take(meta, "cluster");
            if (Take(meta, "project") is { } project)
            {
                meta["projectId"] = Number(OrgUnitNamed(to.Tree.Projects, "Project", project, cluster).Id);
                meta["scope"] ??= "project";
            }
            else if (Take(meta, "department") is { } department)
            {
                meta["departmentId"] = OrgUnitNamed(to.Tree.Departments, "Department", department, cluster).Id;
                meta["scope"] ??= "department";
            }
            else if (cluster is not null)
            {
                meta["clusterId"] = ClusterNamed(cluster).Uuid;
                meta["scope"] ??= "cluster";
            }
            to.Assets.ByKind[route.Kind].Add(id => to.AssetRules.Create(route, Checked("/api/v1" + route.Route, b), id));
        });
        Each("workloads", seed.Workloads, b =>
        {
            var kind = SeedFile.KindOf(b);
            b.Remove("type");
            var phase = Take(b, "phase") ?? "Running";
            var cluster = Take(b, "cluster");
            if (Take(b, "project") is { } projectName)
            {
                var project = OrgUnitNamed(to.Tree.Projects, "Project", projectName, cluster);
                b["projectId"] = project.Id;
                b["clusterId"] ??= project.ClusterId;
            }
            to.Workloads.Create(kind, Checked($"/api/v1/workloads/{kind.RouteSegment()}", b), EmulatorTenant.Actor, phase);
        });
    }

    // Each entry is applied to a copy, so the seed stays as written for the next reset; a refusal names the entry.
    private void Each(string section, IReadOnlyList<JsonObject> entries, Action<JsonObject> apply)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            try
            {
                apply((JsonObject)entries[i].DeepClone());
            }
            catch (ApiProblem problem)
            {
                throw new InvalidDataException($"The seed file '{seed.Path}': {SeedFile.Describe(section, i, entries[i])} was refused: {problem.Message}", problem);
            }
        }
    }

    /// <summary>The body, once strict mode found it a valid create request to <paramref name="path"/>.</summary>
    private JsonObject Checked(string path, JsonObject body)
    {
        if (to.Contract is null) return body;
        var check = to.Contract.Check("POST", path, QueryCollection.Empty, "application/json", body.ToJsonString());
        return check.IsValid ? body : throw ApiProblem.BadRequest(check.Message);
    }

    /// <summary>Sets clusterId from 'cluster', and the id of each node pool its resources name.</summary>
    private JsonObject WithClusterId(JsonObject body)
    {
        var cluster = Take(body, "cluster");
        if (body["clusterId"] is null) body["clusterId"] = (cluster is null ? to.Clusters.Default : ClusterNamed(cluster)).Uuid;
        var clusterId = body.GetString("clusterId")!;
        foreach (var pool in (body["resources"] as JsonArray ?? []).OfType<JsonObject>().Select(r => r["nodePool"]).OfType<JsonObject>())
        {
            if (pool["id"] is not null || pool.GetString("name") is not { } name) continue;
            pool["id"] = (to.Pools.InScope(clusterId).FirstOrDefault(p => p.Name == name)
                ?? throw ApiProblem.BadRequest($"Node pool '{name}' does not exist in cluster '{to.Clusters.Find(clusterId)?.Name}'.")).Id;
        }
        return body;
    }

    private DisplayedCluster ClusterNamed(string cluster) =>
        to.Clusters.All.FirstOrDefault(k => k.Name == cluster || string.Equals(k.Uuid, cluster, StringComparison.OrdinalIgnoreCase))
            ?? throw ApiProblem.BadRequest($"Cluster '{cluster}' is not in the seed's clusters.");

    /// <summary>A department or project by name, in the given cluster or else the only one of that name.</summary>
    private OrgUnitRecord OrgUnitNamed(CollectionStore<OrgUnitRecord> store, string noun, string name, string? cluster)
    {
        var found = cluster is null ? store.Where(u => u.Name == name) : store.InScope(ClusterNamed(cluster).Uuid).Where(u => u.Name == name).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw ApiProblem.BadRequest($"{noun} '{name}' does not exist{(cluster is null ? "" : $" in cluster '{cluster}'")}."),
            _ => throw ApiProblem.BadRequest($"{noun} '{name}' exists in more than one cluster; add 'cluster'."),
        };
    }

    // A number as parsed JSON holds it, so the rules read it as any number type (a JsonValue made from an int is not a double).
    private static JsonNode Number(string id) => JsonNode.Parse(int.Parse(id, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture))!;

    private static string? Take(JsonObject body, string field)
    {
        var value = body.GetString(field);
        body.Remove(field);
        return value;
    }
}
