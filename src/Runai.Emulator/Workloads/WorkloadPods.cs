using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Workloads;

/// <summary>The pods a workload runs, derived from its spec and phase (pods exist from Pending until stopped).</summary>
public static class WorkloadPods
{
    public static int Count(WorkloadRecord workload)
    {
        var spec = workload.Spec;
        return workload.Kind switch
        {
            WorkloadKind.Training => Math.Max(1, (int)(WorkloadViews.Number(spec["parallelism"]) ?? 1)),
            WorkloadKind.Distributed => Math.Max(1, (int)(WorkloadViews.Number(spec["numWorkers"]) ?? 1)) + 1,
            WorkloadKind.Inference => Math.Max(1, (int)(WorkloadViews.Number((spec["autoscaling"] as JsonObject)?["minReplicas"]) ?? 1)),
            _ => 1,
        };
    }

    /// <summary>The <c>Pod1</c> list of GET /api/v1/workloads/{id}/pods at <paramref name="now"/>.</summary>
    public static IReadOnlyList<JsonObject> List(WorkloadRecord workload, DateTimeOffset now)
    {
        var transition = WorkloadLifecycle.TransitionAt(workload, now);
        var podPhase = transition.Phase switch
        {
            "Pending" or "Resuming" => "Pending",
            "Running" or "Stopping" => "Running",
            "Completed" => "Succeeded",
            "Failed" => "Failed",
            _ => null,
        };
        if (podPhase is null || workload.DeletedAt is not null) return [];
        var names = PodNames(workload);
        var started = WorkloadLifecycle.History(workload, now).LastOrDefault(t => t.Phase == "Running")?.At;
        var image = workload.Spec["image"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "ubuntu";
        return names.Select((name, index) =>
        {
            var id = DerivedId(workload.Id, name);
            return new JsonObject
            {
                ["name"] = name,
                ["priorityClassName"] = workload.Kind.PriorityClassName(),
                ["id"] = id.ToString(),
                ["workloadId"] = workload.Id.ToString(),
                ["clusterId"] = workload.ClusterId,
                ["projectId"] = workload.ProjectId,
                // The organization area seeds node-1…node-4 in every cluster; pods land on those.
                ["nodeName"] = podPhase == "Pending" ? null : $"node-{index % 4 + 1}",
                ["createdAt"] = JsonBody.Timestamp(transition.At),
                ["completedAt"] = podPhase is "Succeeded" or "Failed" ? JsonBody.Timestamp(transition.At) : null,
                ["containers"] = new JsonArray(new JsonObject
                {
                    ["name"] = workload.Name,
                    ["image"] = image,
                    ["startedAt"] = started is { } at && podPhase != "Pending" ? JsonBody.Timestamp(at) : null,
                }),
                ["currentNodePool"] = podPhase == "Pending" ? null : WorkloadViews.FirstNodePool(workload.Spec),
                ["k8sPhase"] = podPhase,
                ["ip"] = podPhase == "Pending" ? null : $"10.244.{index / 250}.{index % 250 + 2}",
                ["tenantId"] = EmulatorTenant.Id,
                ["k8sPhaseUpdatedAt"] = JsonBody.Timestamp(transition.At),
                ["updatedAt"] = JsonBody.Timestamp(transition.At),
                ["deletedAt"] = null,
                ["projectName"] = workload.ProjectName,
                ["workloadName"] = workload.Name,
            };
        }).ToList();
    }

    /// <summary>A stable uuid derived from the workload id, so pods and events keep their ids across reads.</summary>
    public static Guid DerivedId(Guid workloadId, string discriminator)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(workloadId.ToString() + "/" + discriminator));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40); // version 4 layout keeps the value a valid uuid
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash);
    }

    private static IReadOnlyList<string> PodNames(WorkloadRecord workload)
    {
        var count = Count(workload);
        return workload.Kind switch
        {
            WorkloadKind.Distributed => [$"{workload.Name}-master-0", .. Enumerable.Range(0, count - 1).Select(i => $"{workload.Name}-worker-{i}")],
            WorkloadKind.Inference => [.. Enumerable.Range(0, count).Select(i => $"{workload.Name}-00001-deployment-{i}")],
            _ => [.. Enumerable.Range(0, count).Select(i => $"{workload.Name}-0-{i}")],
        };
    }
}
