using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>
/// Departments and projects: one tree, one lock, one id sequence (as org units are in Run:ai). Every cluster is
/// seeded with the department <c>default</c>, whose GPU quota in the default pool is all the pool's GPUs.
/// Quota rule (not documented by the contract; chosen here): a project's deserved GPUs in a node pool may not exceed
/// its department's deserved GPUs in that pool, checked when either side changes (400).
/// </summary>
public sealed class OrgUnitStore : IResettable, IProjectDirectory
{
    public const string DefaultDepartmentName = "default";

    private readonly Lock _lock = new();
    private readonly OrganizationClusters _clusters;
    private readonly NodePoolStore _pools;
    private readonly NodeStore _nodes;
    private readonly TimeProvider _time;
    private readonly List<OrgUnitRecord> _departments = [];
    private readonly List<OrgUnitRecord> _projects = [];
    private readonly Dictionary<string, OrgUnitRecord> _projectsById = [];
    private int _nextId;

    public OrgUnitStore(OrganizationClusters clusters, NodePoolStore pools, NodeStore nodes, TimeProvider time)
    {
        _clusters = clusters;
        _pools = pools;
        _nodes = nodes;
        _time = time;
        Reset();
    }

    public void Reset()
    {
        lock (_lock)
        {
            _departments.Clear();
            _projects.Clear();
            _projectsById.Clear();
            _nextId = 1;
            var now = _time.GetUtcNow();
            foreach (var clusterId in _clusters.Ids)
            {
                var gpus = _nodes.InPool(clusterId, NodePoolStore.DefaultPoolName).Sum(n => n.GpuCount);
                var quota = new JsonArray { new JsonObject { ["gpu"] = new JsonObject { ["deserved"] = (double)gpus } } };
                _departments.Add(new OrgUnitRecord
                {
                    Id = NextId(), Name = DefaultDepartmentName, ClusterId = clusterId, CreatedAt = now, UpdatedAt = now,
                    Resources = OrgUnitResources.FromRequest(quota, clusterId, _pools),
                });
            }
        }
    }

    public List<OrgUnitRecord> Departments()
    {
        lock (_lock) return [.. _departments];
    }

    public List<OrgUnitRecord> Projects()
    {
        lock (_lock) return [.. _projects];
    }

    public List<OrgUnitRecord> ProjectsOf(string departmentId)
    {
        lock (_lock) return _projects.Where(p => p.ParentId == departmentId).ToList();
    }

    public OrgUnitRecord? FindDepartment(string id)
    {
        lock (_lock) return _departments.FirstOrDefault(d => d.Id == id);
    }

    public OrgUnitRecord GetDepartment(string id) =>
        FindDepartment(id) ?? throw ApiProblem.NotFound($"Department '{id}' was not found.");

    public OrgUnitRecord GetProject(string id)
    {
        lock (_lock)
            return _projectsById.TryGetValue(id, out var p) ? p : throw ApiProblem.NotFound($"Project '{id}' was not found.");
    }

    public ProjectReference? FindProject(string projectId)
    {
        lock (_lock)
            return _projectsById.TryGetValue(projectId, out var p) ? new ProjectReference(p.Id, p.Name, p.ClusterId, p.ParentId!) : null;
    }

    public OrgUnitRecord CreateDepartment(JsonObject body)
    {
        var name = OrgUnitNames.Require(body.GetString("name"), "department");
        var clusterId = _clusters.Require(body.GetString("clusterId"));
        lock (_lock)
        {
            if (_departments.Any(d => d.ClusterId == clusterId && d.Name == name))
                throw ApiProblem.Conflict($"Department '{name}' already exists in cluster '{_clusters.NameOf(clusterId)}'.");
            var now = _time.GetUtcNow();
            var department = new OrgUnitRecord
            {
                Id = NextId(), Name = name, ClusterId = clusterId, CreatedAt = now, UpdatedAt = now,
                Resources = OrgUnitResources.FromRequest(ResourcesOf(body), clusterId, _pools),
            };
            ApplyUpdatableFields(department, body);
            _departments.Add(department);
            return department;
        }
    }

    public OrgUnitRecord CreateProject(JsonObject body)
    {
        var name = OrgUnitNames.Require(body.GetString("name"), "project");
        var clusterId = _clusters.Require(body.GetString("clusterId"));
        var parentId = body.GetString("parentId");
        var requestedNamespace = body.GetString("requestedNamespace");
        lock (_lock)
        {
            var department = parentId is null
                ? _departments.FirstOrDefault(d => d.ClusterId == clusterId && d.Name == DefaultDepartmentName)
                : _departments.FirstOrDefault(d => d.Id == parentId);
            if (department is null)
                throw ApiProblem.BadRequest($"Department '{parentId ?? DefaultDepartmentName}' does not exist.");
            if (department.ClusterId != clusterId)
                throw ApiProblem.BadRequest($"Department '{department.Name}' belongs to another cluster than '{_clusters.NameOf(clusterId)}'.");
            if (_projects.Any(p => p.ClusterId == clusterId && p.Name == name))
                throw ApiProblem.Conflict($"Project '{name}' already exists in cluster '{_clusters.NameOf(clusterId)}'.");
            var now = _time.GetUtcNow();
            var project = new OrgUnitRecord
            {
                Id = NextId(), Name = name, ClusterId = clusterId, ParentId = department.Id, CreatedAt = now, UpdatedAt = now,
                RequestedNamespace = requestedNamespace, EnforceRunaiScheduler = body.GetBool("enforceRunaiScheduler") ?? true,
                Resources = OrgUnitResources.FromRequest(ResourcesOf(body), clusterId, _pools),
            };
            ApplyUpdatableFields(project, body);
            CheckQuota(project, project.Resources, department, department.Resources);
            _projects.Add(project);
            _projectsById[project.Id] = project;
            return project;
        }
    }

    /// <summary>PUT of a department or project: the updatable fields are replaced by the body's.</summary>
    public OrgUnitRecord Update(OrgUnitRecord unit, JsonObject body)
    {
        lock (_lock)
        {
            var resources = body["resources"] is JsonArray items
                ? OrgUnitResources.FromRequest(items, unit.ClusterId, _pools)
                : unit.Resources;
            CheckQuotaChange(unit, resources);
            ApplyUpdatableFields(unit, body);
            if (unit.IsProject && body.GetBool("enforceRunaiScheduler") is bool enforce) unit.EnforceRunaiScheduler = enforce;
            unit.Resources = resources;
            unit.UpdatedAt = _time.GetUtcNow();
            return unit;
        }
    }

    /// <summary>PUT (replace) or PATCH (merge per node pool) of the resources list.</summary>
    public OrgUnitRecord UpdateResources(OrgUnitRecord unit, JsonArray items, bool replace)
    {
        lock (_lock)
        {
            OrgUnitResources resources;
            if (replace)
            {
                resources = OrgUnitResources.FromRequest(items, unit.ClusterId, _pools);
            }
            else
            {
                resources = unit.Resources.Clone();
                resources.Patch(items, unit.ClusterId, _pools);
            }
            CheckQuotaChange(unit, resources);
            unit.Resources = resources;
            unit.UpdatedAt = _time.GetUtcNow();
            return unit;
        }
    }

    public void DeleteDepartment(string id)
    {
        lock (_lock)
        {
            var department = GetDepartment(id);
            var children = _projects.Count(p => p.ParentId == id);
            if (children > 0)
                throw ApiProblem.BadRequest($"Department '{department.Name}' still has {children} project(s); delete them first.");
            _departments.Remove(department);
        }
    }

    public void DeleteProject(string id)
    {
        lock (_lock)
        {
            var project = GetProject(id);
            _projects.Remove(project);
            _projectsById.Remove(id);
        }
    }

    private void CheckQuotaChange(OrgUnitRecord unit, OrgUnitResources resources)
    {
        if (unit.IsProject)
        {
            var department = _departments.First(d => d.Id == unit.ParentId);
            CheckQuota(unit, resources, department, department.Resources);
            return;
        }
        foreach (var project in _projects.Where(p => p.ParentId == unit.Id))
            CheckQuota(project, project.Resources, unit, resources);
    }

    private void CheckQuota(OrgUnitRecord project, OrgUnitResources projectQuota, OrgUnitRecord department, OrgUnitResources departmentQuota)
    {
        foreach (var pool in _pools.InCluster(project.ClusterId))
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
            var known = _pools.InCluster(unit.ClusterId).Select(p => p.Name).ToHashSet();
            foreach (var poolName in names)
            {
                if (poolName?.ToString() is not { } n || !known.Contains(n))
                    throw ApiProblem.BadRequest($"defaultNodePools: node pool '{poolName}' does not exist in cluster '{_clusters.NameOf(unit.ClusterId)}'.");
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

    private string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);
}
