using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>
/// Departments and projects: two collections drawing on one id sequence, so one lock (as org units are one tree in
/// Run:ai). Every cluster is seeded with the department <c>default</c>, whose GPU quota in the default pool is all the
/// pool's GPUs.
/// </summary>
public sealed class OrgUnitTree : IResettable, IProjectDirectory
{
    public const string DefaultDepartmentName = "default";

    public OrgUnitTree(OrganizationClusters clusters, CollectionStore<NodePoolRecord> pools, CollectionStore<NodeRecord> nodes, TimeProvider time)
    {
        Departments = new CollectionStore<OrgUnitRecord>("Department", clusters.Describe, nextId => clusters.Ids.Select(clusterId =>
        {
            var defaultPool = pools.InScope(clusterId).First(p => p.IsDefault);
            var gpus = NodeCollection.InPool(nodes, defaultPool).Sum(n => n.GpuCount);
            var quota = new JsonArray { new JsonObject { ["gpu"] = new JsonObject { ["deserved"] = (double)gpus } } };
            var now = time.GetUtcNow();
            return new OrgUnitRecord
            {
                Id = nextId(), Name = DefaultDepartmentName, ClusterId = clusterId, CreatedAt = now, UpdatedAt = now,
                Resources = OrgUnitResources.FromRequest(quota, clusterId, pools),
            };
        }));
        Projects = new CollectionStore<OrgUnitRecord>("Project", clusters.Describe, sharedIds: Departments.Ids);
    }

    public CollectionStore<OrgUnitRecord> Departments { get; }
    public CollectionStore<OrgUnitRecord> Projects { get; }

    /// <summary>Departments first: they restart the shared id sequence.</summary>
    public void Reset()
    {
        lock (Departments.Lock)
        {
            Departments.Reset();
            Projects.Reset();
        }
    }

    public List<OrgUnitRecord> ProjectsOf(string departmentId) => Projects.Where(p => p.ParentId == departmentId);

    public ProjectReference? FindProject(string projectId) =>
        Projects.Find(projectId) is { } p ? new ProjectReference(p.Id, p.Name, p.ClusterId, p.ParentId!) : null;
}
