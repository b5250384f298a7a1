using System.Text.Json;

namespace Runai.Bench.Server;

/// <summary>
/// Contract-shaped bodies (the fields and forms the strict emulator answers with), without ASP.NET Core, so that
/// bench/Runai.Bench reads the same workload JSON the server sends.
/// </summary>
public static class Bodies
{
    public const string ProjectId = "7";
    public const string ClusterId = "00000000-0000-4000-8000-000000000001";

    public static string RenderProject(string id, string name) =>
        $"{{\"id\":\"{id}\",\"name\":\"{JsonText(name)}\",\"clusterId\":\"{ClusterId}\",\"description\":\"\",\"resources\":[{{\"nodePool\":{{\"id\":\"1\",\"name\":\"default\"}},\"gpu\":{{\"deserved\":1}}}}],\"totalResources\":{{\"gpuQuota\":1}},\"createdAt\":\"2025-01-01T00:00:00.000Z\",\"createdBy\":\"bench\",\"updatedAt\":\"2025-01-01T00:00:00.000Z\",\"updatedBy\":\"bench\",\"parentId\":\"1\",\"enforceRunaiScheduler\":true,\"status\":{{\"namespace\":\"runai-{JsonText(name)}\",\"phase\":\"Ready\",\"phaseMessage\":\"Project is ready\",\"nodePoolQuotaStatuses\":[{{\"allocated\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}},\"allocatedNonPreemptible\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}},\"requested\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}},\"nodePoolId\":\"1\",\"nodePoolName\":\"default\"}}],\"quotaStatus\":{{\"allocated\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}},\"allocatedNonPreemptible\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}},\"requested\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}}}}}},\"effective\":{{}}}}";

    /// <summary>A Training workload as GET /api/v1/workloads lists it (every field the contract requires).</summary>
    public static string RenderWorkload(int index)
    {
        var id = $"00000000-0000-4000-9000-{index:D12}";
        var name = $"train-{index:D6}";
        var at = "2025-01-01T00:00:00.000Z";
        return $"{{\"type\":\"Training\",\"name\":\"{name}\",\"id\":\"{id}\",\"source\":\"Control-plane\",\"priority\":50,\"priorityClassName\":\"train\",\"submittedBy\":\"bench-app\",\"clusterId\":\"{ClusterId}\",\"projectName\":\"bench-project\",\"projectId\":\"{ProjectId}\",\"departmentName\":\"default\",\"departmentId\":\"1\",\"namespace\":\"runai-bench-project\",\"createdAt\":\"{at}\",\"phase\":\"Running\",\"phaseMessage\":\"\",\"conditions\":[{{\"type\":\"Running\",\"status\":\"True\",\"reason\":\"PodsRunning\",\"message\":\"Training '{name}' is running.\",\"lastTransitionTime\":\"{at}\"}}],\"k8sPhase\":\"Running\",\"tenantId\":1001,\"runningPods\":1,\"phaseUpdatedAt\":\"{at}\",\"k8sPhaseUpdatedAt\":\"{at}\",\"updatedAt\":\"{at}\",\"deletedAt\":null,\"completedAt\":null,\"category\":\"Train\",\"requestedPods\":{{\"number\":1}},\"requestedNodePools\":[\"default\"],\"currentNodePools\":[\"default\"],\"images\":[\"busybox\"],\"preemptible\":true,\"environmentVariables\":{{}},\"workloadRequestedResources\":null,\"podsRequestedResources\":null}}";
    }

    private static string JsonText(string text) => JsonEncodedText.Encode(text).ToString();
}
