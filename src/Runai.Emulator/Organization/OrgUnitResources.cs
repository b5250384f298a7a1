using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>
/// An org unit's quota per node pool, keyed by node pool id. Each entry holds the contract's <c>Resources</c> fields
/// except <c>nodePool</c> (<c>gpu</c> in devices, <c>cpu</c> in millicores, <c>memory</c> with <c>units</c> Mib/MB/GB,
/// <c>priority</c>), kept as written so fields the emulator does not model survive.
/// </summary>
public sealed class OrgUnitResources
{
    private static readonly string[] MemoryUnits = ["Mib", "MB", "GB"];
    private readonly Dictionary<string, JsonObject> _byPool;

    private OrgUnitResources(Dictionary<string, JsonObject> byPool) => _byPool = byPool;

    public static OrgUnitResources Empty() => new([]);

    /// <summary>Builds the full list from a request (PUT or create); pools without an entry get zero quota.</summary>
    public static OrgUnitResources FromRequest(JsonArray? items, string clusterId, CollectionStore<NodePoolRecord> pools)
    {
        var result = Empty();
        result.Patch(items ?? [], clusterId, pools, replaceEntries: true);
        return result;
    }

    public OrgUnitResources Clone() => new(_byPool.ToDictionary(p => p.Key, p => (JsonObject)p.Value.DeepClone()));

    /// <summary>Applies a PATCH: only the listed pools, and within them only the fields present, change.</summary>
    public void Patch(JsonArray items, string clusterId, CollectionStore<NodePoolRecord> pools, bool replaceEntries = false)
    {
        var seen = new HashSet<string>();
        foreach (var node in items)
        {
            if (node is not JsonObject item)
                throw ApiProblem.BadRequest("Each resources item must be an object.");
            var pool = ResolvePool(item["nodePool"], clusterId, pools);
            if (!seen.Add(pool.Id))
                throw ApiProblem.BadRequest($"Node pool '{pool.Name}' appears more than once in resources.");
            var entry = replaceEntries || !_byPool.TryGetValue(pool.Id, out var existing) ? [] : existing;
            foreach (var (key, value) in item)
            {
                if (key == "nodePool") continue;
                if (value is JsonObject inner && entry[key] is JsonObject current)
                {
                    foreach (var (innerKey, innerValue) in inner) current[innerKey] = innerValue?.DeepClone();
                }
                else
                {
                    entry[key] = value?.DeepClone();
                }
            }
            Normalize(entry, pool.Name);
            _byPool[pool.Id] = entry;
        }
    }

    public double Gpu(string poolId) => _byPool.TryGetValue(poolId, out var e) ? Deserved(e["gpu"]) : 0;

    /// <summary>The contract's <c>Resources</c> list: one entry per node pool of the cluster, in pool order.</summary>
    public JsonArray Render(IEnumerable<NodePoolRecord> clusterPools)
    {
        var list = new JsonArray();
        foreach (var pool in clusterPools)
        {
            var entry = new JsonObject { ["nodePool"] = new JsonObject { ["id"] = pool.Id, ["name"] = pool.Name } };
            if (_byPool.TryGetValue(pool.Id, out var stored))
            {
                foreach (var (key, value) in stored)
                {
                    if (value is not null) entry[key] = value.DeepClone();
                }
            }
            entry.TryAdd("gpu", new JsonObject { ["deserved"] = 0.0 });
            list.Add(entry);
        }
        return list;
    }

    /// <summary>The contract's <c>TotalResources</c>: GPUs, CPU millicores and memory in MB summed over the pools.</summary>
    public JsonObject Totals(IEnumerable<NodePoolRecord> clusterPools)
    {
        double gpu = 0;
        double? cpu = null, memoryMb = null;
        foreach (var pool in clusterPools)
        {
            if (!_byPool.TryGetValue(pool.Id, out var e)) continue;
            gpu += Deserved(e["gpu"]);
            if (e["cpu"] is JsonObject c && c["deserved"] is not null) cpu = (cpu ?? 0) + Deserved(c);
            if (e["memory"] is JsonObject m && m["deserved"] is not null) memoryMb = (memoryMb ?? 0) + ToMegabytes(Deserved(m), m.GetString("units"));
        }
        return new JsonObject { ["gpuQuota"] = gpu, ["cpuQuota"] = cpu, ["memoryQuota"] = memoryMb };
    }

    public static double ToMegabytes(double value, string? units) => units switch
    {
        "GB" => value * 1000,
        "Mib" => value * 1.048576,
        _ => value,
    };

    private static double Deserved(JsonNode? resource) =>
        resource is JsonObject o ? o.GetNumber("deserved") ?? 0 : 0;

    private static void Normalize(JsonObject entry, string poolName)
    {
        switch (entry["gpu"])
        {
            case null: entry["gpu"] = new JsonObject { ["deserved"] = 0.0 }; break;
            case JsonObject gpu: CheckNumbers(gpu, "gpu", poolName); gpu.TryAdd("deserved", 0.0); if (gpu["deserved"] is null) gpu["deserved"] = 0.0; break;
            default: throw ApiProblem.BadRequest($"resources.gpu for node pool '{poolName}' must be an object.");
        }
        foreach (var kind in new[] { "cpu", "memory" })
        {
            if (entry[kind] is null) continue;
            if (entry[kind] is not JsonObject resource)
                throw ApiProblem.BadRequest($"resources.{kind} for node pool '{poolName}' must be an object.");
            CheckNumbers(resource, kind, poolName);
        }
        if (entry["memory"] is JsonObject memory)
        {
            var units = memory.GetString("units") ?? "MB";
            if (!MemoryUnits.Contains(units))
                throw ApiProblem.BadRequest($"resources.memory.units for node pool '{poolName}' must be one of {string.Join(", ", MemoryUnits)}, not '{units}'.");
            memory["units"] = units;
        }
    }

    private static void CheckNumbers(JsonObject resource, string kind, string poolName)
    {
        foreach (var field in new[] { "deserved", "limit", "overQuotaWeight" })
        {
            try { resource.GetNumber(field); }
            catch (ApiProblem) { throw ApiProblem.BadRequest($"resources.{kind}.{field} for node pool '{poolName}' must be a number."); }
        }
    }

    private static NodePoolRecord ResolvePool(JsonNode? reference, string clusterId, CollectionStore<NodePoolRecord> pools)
    {
        if (reference is null) return pools.InScope(clusterId).First(p => p.IsDefault);
        if (reference is not JsonObject o)
            throw ApiProblem.BadRequest("resources.nodePool must be an object with an 'id'.");
        var id = o["id"]?.ToString();
        var name = o["name"]?.ToString();
        var pool = pools.InScope(clusterId).FirstOrDefault(p => id is not null ? p.Id == id : p.Name == name);
        return pool ?? throw ApiProblem.BadRequest(
            $"Node pool '{id ?? name}' does not exist in cluster '{clusterId}'.");
    }
}
