using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>Node pools per cluster; every cluster is seeded with its default pool <c>default</c>.</summary>
public sealed class NodePoolStore : IResettable
{
    public const string DefaultPoolName = "default";

    /// <summary>Fields of <c>NodepoolUpdateFields</c> besides the label, kept as written.</summary>
    public static readonly string[] SettingFields =
    [
        "overProvisioningRatio", "placementStrategy", "gpuNetworkAccelerationLabelKey", "gpuNetworkAccelerationDetection",
        "gpuResourceOptimization", "schedulingConfiguration", "networkTopologyId",
    ];

    private readonly Lock _lock = new();
    private readonly OrganizationClusters _clusters;
    private readonly TimeProvider _time;
    private readonly List<NodePoolRecord> _pools = [];
    private int _nextId;

    public NodePoolStore(OrganizationClusters clusters, TimeProvider time)
    {
        _clusters = clusters;
        _time = time;
        Reset();
    }

    public void Reset()
    {
        lock (_lock)
        {
            _pools.Clear();
            _nextId = 1;
            var now = _time.GetUtcNow();
            foreach (var clusterId in _clusters.Ids)
            {
                _pools.Add(new NodePoolRecord
                {
                    Id = NextId(), Name = DefaultPoolName, ClusterId = clusterId, IsDefault = true,
                    CreatedAt = now, UpdatedAt = now, LabelKey = "runai/node-pool", LabelValue = DefaultPoolName,
                    Settings = new JsonObject { ["gpuNetworkAccelerationDetection"] = "Auto" },
                });
            }
        }
    }

    public List<NodePoolRecord> All()
    {
        lock (_lock) return [.. _pools];
    }

    public List<NodePoolRecord> InCluster(string clusterId)
    {
        lock (_lock) return _pools.Where(p => p.ClusterId == clusterId).ToList();
    }

    public NodePoolRecord? Find(string id)
    {
        lock (_lock) return _pools.FirstOrDefault(p => p.Id == id);
    }

    public NodePoolRecord Get(string id) => Find(id) ?? throw ApiProblem.NotFound($"Node pool '{id}' was not found.");

    public NodePoolRecord DefaultOf(string clusterId)
    {
        lock (_lock) return _pools.First(p => p.ClusterId == clusterId && p.IsDefault);
    }

    public NodePoolRecord Create(JsonObject body)
    {
        var name = OrgUnitNames.Require(body.GetString("name"), "node pool");
        var clusterId = _clusters.Require(body.GetString("clusterId"));
        var labelKey = RequireLabel(body, "labelKey");
        var labelValue = RequireLabel(body, "labelValue");
        lock (_lock)
        {
            if (_pools.Any(p => p.ClusterId == clusterId && p.Name == name))
                throw ApiProblem.Conflict($"Node pool '{name}' already exists in cluster '{_clusters.NameOf(clusterId)}'.");
            var now = _time.GetUtcNow();
            var pool = new NodePoolRecord
            {
                Id = NextId(), Name = name, ClusterId = clusterId, CreatedAt = now, UpdatedAt = now,
                LabelKey = labelKey, LabelValue = labelValue, Settings = PickSettings(body),
            };
            pool.Settings.TryAdd("gpuNetworkAccelerationDetection", "Auto");
            _pools.Add(pool);
            return pool;
        }
    }

    /// <summary>PUT replaces the settable fields (absent ones fall back to defaults); PATCH changes only those present.</summary>
    public NodePoolRecord Update(string id, JsonObject body, bool replace)
    {
        var labelKey = OptionalLabel(body, "labelKey");
        var labelValue = OptionalLabel(body, "labelValue");
        lock (_lock)
        {
            var pool = Get(id);
            if (labelKey is not null) pool.LabelKey = labelKey;
            if (labelValue is not null) pool.LabelValue = labelValue;
            var settings = PickSettings(body);
            if (replace)
            {
                pool.Settings = settings;
                pool.Settings.TryAdd("gpuNetworkAccelerationDetection", "Auto");
            }
            else
            {
                foreach (var (key, value) in settings)
                    pool.Settings[key] = value?.DeepClone();
            }
            pool.UpdatedAt = _time.GetUtcNow();
            return pool;
        }
    }

    public void Delete(string id)
    {
        lock (_lock)
        {
            var pool = Get(id);
            if (pool.IsDefault)
                throw ApiProblem.BadRequest($"Node pool '{pool.Name}' is the cluster's default node pool and cannot be deleted.");
            _pools.Remove(pool);
        }
    }

    private static JsonObject PickSettings(JsonObject body)
    {
        var settings = new JsonObject();
        foreach (var field in SettingFields)
        {
            if (body.TryGetPropertyValue(field, out var value) && value is not null)
                settings[field] = value.DeepClone();
        }
        return settings;
    }

    private static string RequireLabel(JsonObject body, string field) =>
        OptionalLabel(body, field) ?? throw ApiProblem.BadRequest($"'{field}' is required.");

    private static string? OptionalLabel(JsonObject body, string field) => body.GetString(field) switch
    {
        null => null,
        "" => throw ApiProblem.BadRequest($"'{field}' must not be empty."),
        var s => s,
    };

    private string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);
}
