using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>
/// What department and project writes must respect: DNS-label names in a known cluster, a project's department in its
/// cluster, node pools that exist, and the quota rule (not documented by the contract; chosen here): a project's
/// deserved GPUs in a node pool may not exceed its department's deserved GPUs in that pool, checked when either side
/// changes (400). A department with projects cannot be deleted (400). Hooks run under the tree's lock.
/// </summary>
public sealed class OrgUnitRules(OrganizationClusters clusters, CollectionStore<NodePoolRecord> pools, OrgUnitTree tree, TimeProvider time)
{
    public OrgUnitRecord CreateDepartment(JsonObject body, string id)
    {
        var name = OrgUnitNames.Require(body.GetString("name"), "department");
        var clusterId = clusters.Require(body.GetString("clusterId"));
        var now = time.GetUtcNow();
        var department = new OrgUnitRecord
        {
            Id = id, Name = name, ClusterId = clusterId, CreatedAt = now, UpdatedAt = now,
            Resources = OrgUnitResources.FromRequest(ResourcesOf(body), clusterId, pools),
        };
        ApplyUpdatableFields(department, body);
        return department;
    }

    public OrgUnitRecord CreateProject(JsonObject body, string id)
    {
        var name = OrgUnitNames.Require(body.GetString("name"), "project");
        var clusterId = clusters.Require(body.GetString("clusterId"));
        var parentId = body.GetString("parentId");
        var requestedNamespace = body.GetString("requestedNamespace");
        var department = parentId is null
            ? tree.Departments.InScope(clusterId).FirstOrDefault(d => d.Name == OrgUnitTree.DefaultDepartmentName)
            : tree.Departments.Find(parentId);
        if (department is null)
            throw ApiProblem.BadRequest($"Department '{parentId ?? OrgUnitTree.DefaultDepartmentName}' does not exist.");
        if (department.ClusterId != clusterId)
            throw ApiProblem.BadRequest($"Department '{department.Name}' belongs to another cluster than '{clusters.NameOf(clusterId)}'.");
        var now = time.GetUtcNow();
        var project = new OrgUnitRecord
        {
            Id = id, Name = name, ClusterId = clusterId, ParentId = department.Id, CreatedAt = now, UpdatedAt = now,
            RequestedNamespace = requestedNamespace, EnforceRunaiScheduler = body.GetBool("enforceRunaiScheduler") ?? true,
            Resources = OrgUnitResources.FromRequest(ResourcesOf(body), clusterId, pools),
        };
        ApplyUpdatableFields(project, body);
        CheckQuota(project, project.Resources, department, department.Resources);
        return project;
    }

    /// <summary>PUT of a department or project: the updatable fields are replaced by the body's.</summary>
    public void Replace(OrgUnitRecord unit, JsonObject body)
    {
        var resources = body["resources"] is JsonArray items
            ? OrgUnitResources.FromRequest(items, unit.ClusterId, pools)
            : unit.Resources;
        CheckQuotaChange(unit, resources);
        ApplyUpdatableFields(unit, body);
        if (unit.IsProject && body.GetBool("enforceRunaiScheduler") is bool enforce) unit.EnforceRunaiScheduler = enforce;
        unit.Resources = resources;
        unit.UpdatedAt = time.GetUtcNow();
    }

    /// <summary>PUT (replace) or PATCH (merge per node pool) of the resources list.</summary>
    public void UpdateResources(OrgUnitRecord unit, JsonArray items, bool replace)
    {
        OrgUnitResources resources;
        if (replace)
        {
            resources = OrgUnitResources.FromRequest(items, unit.ClusterId, pools);
        }
        else
        {
            resources = unit.Resources.Clone();
            resources.Patch(items, unit.ClusterId, pools);
        }
        CheckQuotaChange(unit, resources);
        unit.Resources = resources;
        unit.UpdatedAt = time.GetUtcNow();
    }

    public void RefuseDepartmentWithProjects(OrgUnitRecord department)
    {
        var children = tree.ProjectsOf(department.Id).Count;
        if (children > 0)
            throw ApiProblem.BadRequest($"Department '{department.Name}' still has {children} project(s); delete them first.");
    }

    private void CheckQuotaChange(OrgUnitRecord unit, OrgUnitResources resources)
    {
        if (unit.IsProject)
        {
            var department = tree.Departments.Get(unit.ParentId!);
            CheckQuota(unit, resources, department, department.Resources);
            return;
        }
        foreach (var project in tree.ProjectsOf(unit.Id))
            CheckQuota(project, project.Resources, unit, resources);
    }

    private void CheckQuota(OrgUnitRecord project, OrgUnitResources projectQuota, OrgUnitRecord department, OrgUnitResources departmentQuota)
    {
        foreach (var pool in pools.InScope(project.ClusterId))
        {
            var wanted = projectQuota.Gpu(pool.Id);
            var available = departmentQuota.Gpu(pool.Id);
            if (wanted > available)
            {
                throw ApiProblem.BadRequest(
                    $"Project '{project.Name}' GPU quota {wanted.ToString(CultureInfo.InvariantCulture)} in node pool '{pool.Name}' exceeds the quota of its department '{department.Name}' ({available.ToString(CultureInfo.InvariantCulture)}).");
            }
        }
    }

    private void ApplyUpdatableFields(OrgUnitRecord unit, JsonObject body)
    {
        var defaultNodePools = body["defaultNodePools"];
        if (defaultNodePools is JsonArray names)
        {
            var known = pools.InScope(unit.ClusterId).Select(p => p.Name).ToHashSet();
            foreach (var poolName in names)
            {
                if (poolName?.ToString() is not { } n || !known.Contains(n))
                    throw ApiProblem.BadRequest($"defaultNodePools: node pool '{poolName}' does not exist in cluster '{clusters.NameOf(unit.ClusterId)}'.");
            }
        }
        else if (defaultNodePools is not null)
        {
            throw ApiProblem.BadRequest("defaultNodePools must be an array of node pool names.");
        }
        unit.Description = body.GetString("description") ?? "";
        unit.SchedulingRules = body["schedulingRules"]?.DeepClone();
        unit.DefaultNodePools = defaultNodePools?.DeepClone();
        unit.NodeTypes = body["nodeTypes"]?.DeepClone();
    }

    private static JsonArray? ResourcesOf(JsonObject body) => body["resources"] switch
    {
        null => null,
        JsonArray items => items,
        _ => throw ApiProblem.BadRequest("resources must be an array."),
    };
}
