using System.Text.Json.Nodes;
using Runai.Emulator.Clusters;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Organization;

namespace Runai.Emulator.Seed;

/// <summary>
/// Applies a <see cref="SeedFile"/> through the same rules as the API's create requests, after every other store has
/// reset (it is registered last), so <c>/admin/reset</c> returns to the seeded tenant.
/// </summary>
public sealed class TenantSeeder(SeedFile seed, ClusterStore clusters, CollectionStore<NodePoolRecord> pools, NodePoolRules poolRules,
    OrgUnitTree tree, OrgUnitRules orgUnitRules) : IResettable
{
    public void Reset()
    {
        foreach (var body in seed.NodePools) Apply("node pool", body, b => pools.Add(id => poolRules.Create(b, id)));
        foreach (var body in seed.Departments) Apply("department", body, b => tree.Departments.Add(id => orgUnitRules.CreateDepartment(b, id)));
        foreach (var body in seed.Projects)
        {
            Apply("project", body, b =>
            {
                if (b["department"] is JsonValue department && department.TryGetValue<string>(out var departmentName))
                {
                    var clusterId = b.GetString("clusterId")!;
                    var parent = tree.Departments.InScope(clusterId).FirstOrDefault(d => d.Name == departmentName)
                        ?? throw ApiProblem.BadRequest($"Department '{departmentName}' does not exist in cluster '{clusters.Find(clusterId)?.Name}'.");
                    b.Remove("department");
                    b["parentId"] = parent.Id;
                }
                return tree.Projects.Add(id => orgUnitRules.CreateProject(b, id));
            });
        }
    }

    private void Apply(string noun, JsonObject template, Func<JsonObject, object> create)
    {
        var body = (JsonObject)template.DeepClone();
        try
        {
            var cluster = body["cluster"] is JsonValue c && c.TryGetValue<string>(out var text) ? text : null;
            body.Remove("cluster");
            if (body["clusterId"] is null)
            {
                var found = cluster is null ? clusters.Default
                    : clusters.All.FirstOrDefault(k => k.Name == cluster || string.Equals(k.Uuid, cluster, StringComparison.OrdinalIgnoreCase))
                        ?? throw ApiProblem.BadRequest($"Cluster '{cluster}' is not in the seed's clusters.");
                body["clusterId"] = found.Uuid;
            }
            create(body);
        }
        catch (ApiProblem problem)
        {
            throw new InvalidDataException($"The seed file '{seed.Path}': {noun} '{template.GetString("name")}' was refused: {problem.Message}", problem);
        }
    }
}
