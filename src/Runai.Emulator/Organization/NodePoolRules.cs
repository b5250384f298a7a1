using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>
/// What node pool writes must respect: a DNS-label name in a known cluster, non-empty labels, the other settable fields
/// of <c>NodepoolUpdateFields</c> kept as written (PUT replaces them, PATCH merges), and a default pool that stays.
/// </summary>
public sealed class NodePoolRules(OrganizationClusters clusters, TimeProvider time)
{
    public const string DefaultPoolName = "default";

    /// <summary>Fields of <c>NodepoolUpdateFields</c> besides the label, kept as written.</summary>
    public static readonly string[] SettingFields =
    [
        "overProvisioningRatio", "placementStrategy", "gpuNetworkAccelerationLabelKey", "gpuNetworkAccelerationDetection",
        "gpuResourceOptimization", "schedulingConfiguration", "networkTopologyId",
    ];

    /// <summary>The pool every cluster is seeded with.</summary>
    public NodePoolRecord DefaultPool(string id, string clusterId)
    {
        var now = time.GetUtcNow();
        return new NodePoolRecord
        {
            Id = id, Name = DefaultPoolName, ClusterId = clusterId, IsDefault = true, CreatedAt = now, UpdatedAt = now,
            LabelKey = "runai/node-pool", LabelValue = DefaultPoolName, Settings = new JsonObject { ["gpuNetworkAccelerationDetection"] = "Auto" },
        };
    }

    public NodePoolRecord Create(JsonObject body, string id)
    {
        var now = time.GetUtcNow();
        var pool = new NodePoolRecord
        {
            Id = id, Name = OrgUnitNames.Require(body.GetString("name"), "node pool"), ClusterId = clusters.Require(body.GetString("clusterId")),
            CreatedAt = now, UpdatedAt = now,
            LabelKey = RequireLabel(body, "labelKey"), LabelValue = RequireLabel(body, "labelValue"), Settings = PickSettings(body),
        };
        pool.Settings.TryAdd("gpuNetworkAccelerationDetection", "Auto");
        return pool;
    }

    /// <summary>PUT replaces the settable fields (absent ones fall back to defaults); PATCH changes only those present.</summary>
    public void Update(NodePoolRecord pool, JsonObject body, bool replace)
    {
        var labelKey = OptionalLabel(body, "labelKey");
        var labelValue = OptionalLabel(body, "labelValue");
        var settings = PickSettings(body);
        if (labelKey is not null) pool.LabelKey = labelKey;
        if (labelValue is not null) pool.LabelValue = labelValue;
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
        pool.UpdatedAt = time.GetUtcNow();
    }

    public static void RefuseDefaultPool(NodePoolRecord pool)
    {
        if (pool.IsDefault)
            throw ApiProblem.BadRequest($"Node pool '{pool.Name}' is the cluster's default node pool and cannot be deleted.");
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
}
