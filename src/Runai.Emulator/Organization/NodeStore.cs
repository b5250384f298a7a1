using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>Nodes are read-only in the contract: each cluster is seeded with <c>node-1</c>..<c>node-4</c>, 8 GPUs each, in pool <c>default</c>.</summary>
public sealed class NodeStore : IResettable
{
    public const int NodesPerCluster = 4;
    public const int GpusPerNode = 8;
    public const string GpuType = "NVIDIA-A100-SXM4-80GB";

    private readonly OrganizationClusters _clusters;
    private readonly TimeProvider _time;
    private volatile List<NodeRecord> _nodes = [];

    public NodeStore(OrganizationClusters clusters, TimeProvider time)
    {
        _clusters = clusters;
        _time = time;
        Reset();
    }

    public void Reset()
    {
        var now = _time.GetUtcNow();
        _nodes = _clusters.Ids.SelectMany((clusterId, c) => Enumerable.Range(1, NodesPerCluster).Select(n =>
            new NodeRecord($"10000000-0000-4000-8000-{(c + 1) * 1000 + n:x12}", $"node-{n}", clusterId,
                NodePoolStore.DefaultPoolName, "Ready", GpuType, GpusPerNode, now))).ToList();
    }

    public IReadOnlyList<NodeRecord> All() => _nodes;

    public IEnumerable<NodeRecord> InPool(string clusterId, string poolName) =>
        _nodes.Where(n => n.ClusterId == clusterId && n.NodePool == poolName);
}
