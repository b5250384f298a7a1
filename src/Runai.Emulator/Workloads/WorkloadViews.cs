using System.Globalization;
using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Workloads;

/// <summary>Renders stored workloads in the contract's shapes: <c>Workload</c> (cross-kind), the typed
/// <c>Training1</c>/<c>Workspace1</c>/<c>DistributedWorkload</c>/<c>Inference1</c>, and <c>Event2</c>.</summary>
public static class WorkloadViews
{
    /// <summary>The <c>Workload</c> schema of GET /api/v1/workloads and /api/v1/workloads/{id}.</summary>
    public static JsonObject Summary(WorkloadRecord workload, DateTimeOffset now)
    {
        var transition = WorkloadLifecycle.TransitionAt(workload, now);
        var phase = transition.Phase;
        var spec = workload.Spec;
        var pods = WorkloadPods.Count(workload);
        var completed = WorkloadLifecycle.TerminalPhases.Contains(phase) ? JsonBody.Timestamp(transition.At) : null;
        var phaseUpdatedAt = JsonBody.Timestamp(transition.At);
        var result = new JsonObject
        {
            ["type"] = workload.Kind.TypeName(),
            ["name"] = workload.Name,
            ["id"] = workload.Id.ToString(),
            ["source"] = "Control-plane",
            ["priority"] = workload.Kind.Priority(),
            ["priorityClassName"] = workload.Kind.PriorityClassName(),
            ["submittedBy"] = workload.CreatedBy,
            ["clusterId"] = workload.ClusterId,
            ["projectName"] = workload.ProjectName,
            ["projectId"] = workload.ProjectId,
            ["departmentName"] = workload.DepartmentName,
            ["departmentId"] = workload.DepartmentId,
            ["namespace"] = "runai-" + workload.ProjectName,
            ["createdAt"] = JsonBody.Timestamp(workload.CreatedAt),
            ["phase"] = phase,
            ["phaseMessage"] = transition.Message,
            ["conditions"] = new JsonArray(new JsonObject
            {
                ["type"] = phase,
                ["status"] = "True",
                ["reason"] = transition.Reason,
                ["message"] = transition.Message,
                ["lastTransitionTime"] = phaseUpdatedAt,
            }),
            ["k8sPhase"] = K8sPhase(phase),
            ["tenantId"] = EmulatorTenant.Id,
            ["runningPods"] = phase == "Running" ? pods : 0,
            ["phaseUpdatedAt"] = phaseUpdatedAt,
            ["k8sPhaseUpdatedAt"] = phaseUpdatedAt,
            ["updatedAt"] = JsonBody.Timestamp(Max(workload.UpdatedAt, transition.At)),
            ["deletedAt"] = workload.DeletedAt is { } deleted ? JsonBody.Timestamp(deleted) : null,
            ["completedAt"] = completed,
            ["category"] = spec["category"]?.GetValue<string>() ?? workload.Kind.Category(),
            ["requestedPods"] = new JsonObject { ["number"] = pods },
            ["requestedNodePools"] = StringArray(spec["nodePools"]),
            ["currentNodePools"] = phase == "Running" ? new JsonArray(FirstNodePool(spec)) : new JsonArray(),
            ["images"] = spec["image"] is { } image ? new JsonArray(image.GetValue<string>()) : new JsonArray(),
            ["preemptible"] = IsPreemptible(workload),
            ["environmentVariables"] = EnvironmentMap(spec["environmentVariables"]),
            ["workloadRequestedResources"] = RequestedResources(spec["compute"] as JsonObject, 1),
            ["podsRequestedResources"] = RequestedResources(spec["compute"] as JsonObject, 1),
        };
        if (spec["command"] is { } command) result["command"] = command.GetValue<string>();
        if (spec["args"] is { } args) result["arguments"] = args.GetValue<string>();
        if (workload.Kind == WorkloadKind.Distributed)
            result["distributedFramework"] = spec["distributedFramework"]?.GetValue<string>() ?? "PyTorch";
        if (spec["nodePools"] is null) result["requestedNodePools"] = new JsonArray("default");
        if (workload.Kind == WorkloadKind.Inference && phase == "Running")
            result["urls"] = new JsonArray($"https://{workload.Name}-{workload.ProjectName}.inference.emulator.local");
        return result;
    }

    /// <summary>The typed shape: <c>WorkloadMeta1</c> plus the submitted spec.</summary>
    public static JsonObject Typed(WorkloadRecord workload, DateTimeOffset now)
    {
        var result = new JsonObject
        {
            ["name"] = workload.Name,
            ["requestedName"] = workload.RequestedName,
            ["workloadId"] = workload.Id.ToString(),
            ["projectId"] = workload.ProjectId,
            ["departmentId"] = workload.DepartmentId,
            ["clusterId"] = workload.ClusterId,
            ["createdBy"] = workload.CreatedBy,
            ["createdAt"] = JsonBody.Timestamp(workload.CreatedAt),
            ["deletedAt"] = workload.DeletedAt is { } deleted ? JsonBody.Timestamp(deleted) : null,
            ["desiredPhase"] = workload.DesiredPhase,
            ["actualPhase"] = WorkloadLifecycle.PhaseAt(workload, now),
            ["spec"] = workload.Spec.DeepClone(),
        };
        if (workload.Kind == WorkloadKind.Distributed)
        {
            if (workload.MasterSpecSameAsWorker is { } same) result["masterSpecSameAsWorker"] = same;
            if (workload.MasterSpec is { } master) result["masterSpec"] = master.DeepClone();
        }
        return result;
    }

    /// <summary>Events (<c>Event2</c>) for the transitions that have happened, in the requested order.</summary>
    public static IEnumerable<JsonObject> Events(WorkloadRecord workload, DateTimeOffset now)
    {
        var index = 0;
        foreach (var transition in WorkloadLifecycle.History(workload, now))
        {
            yield return new JsonObject
            {
                ["createdAt"] = JsonBody.Timestamp(transition.At),
                ["id"] = WorkloadPods.DerivedId(workload.Id, "event-" + index++).ToString(),
                ["type"] = transition.EventType,
                ["clusterId"] = workload.ClusterId,
                ["message"] = transition.Message,
                ["reason"] = transition.Reason,
                ["source"] = transition.Phase is "Running" or "Failed" ? "kubelet" : "runai-scheduler",
                ["involvedObject"] = new JsonObject
                {
                    ["uid"] = workload.Id.ToString(),
                    ["kind"] = workload.Kind.TypeName() == "Workspace" ? "InteractiveWorkload" : workload.Kind.TypeName() + "Workload",
                    ["name"] = workload.Name,
                    ["namespace"] = "runai-" + workload.ProjectName,
                },
            };
        }
    }

    public static string K8sPhase(string phase) => phase switch
    {
        "Running" or "Stopping" => "Running",
        "Completed" => "Succeeded",
        "Failed" => "Failed",
        "Stopped" => "Suspended",
        _ => "Pending",
    };

    /// <summary>The spec's <c>preemptibility</c> when set; otherwise only inferences are non-preemptible.</summary>
    internal static bool IsPreemptible(WorkloadRecord workload) =>
        workload.Spec["preemptibility"]?.GetValue<string>() is { } preemptibility
            ? preemptibility == "preemptible" : workload.Kind != WorkloadKind.Inference;

    internal static string FirstNodePool(JsonObject spec) =>
        spec["nodePools"] is JsonArray { Count: > 0 } pools ? pools[0]!.GetValue<string>() : "default";

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static JsonArray StringArray(JsonNode? node) =>
        node is JsonArray array ? new JsonArray(array.Select(i => (JsonNode?)JsonValue.Create(i?.GetValue<string>())).ToArray()) : new JsonArray();

    private static JsonObject EnvironmentMap(JsonNode? node)
    {
        var map = new JsonObject();
        if (node is not JsonArray array) return map;
        foreach (var item in array.OfType<JsonObject>())
        {
            if (item["name"]?.GetValue<string>() is { } name && item["value"]?.GetValue<string>() is { } value) map[name] = value;
        }
        return map;
    }

    private static JsonObject? RequestedResources(JsonObject? compute, int multiplier)
    {
        if (compute is null) return null;
        var result = new JsonObject();
        var devices = Number(compute["gpuDevicesRequest"]);
        var portion = Number(compute["gpuPortionRequest"]);
        if (compute["gpuRequestType"]?.GetValue<string>() is { } requestType) result["gpuRequestType"] = requestType;
        else if (portion is not null) result["gpuRequestType"] = "portion";
        else if (compute["gpuMemoryRequest"] is not null) result["gpuRequestType"] = "memory";
        if (devices is not null || portion is not null)
            result["gpu"] = new JsonObject { ["request"] = (devices ?? 1) * (portion ?? 1) * multiplier };
        if (compute["gpuMemoryRequest"]?.GetValue<string>() is { } gpuMemory)
            result["gpuMemory"] = new JsonObject { ["request"] = gpuMemory };
        if (Number(compute["cpuCoreRequest"]) is { } cpu)
            result["cpu"] = new JsonObject { ["request"] = cpu * multiplier, ["limit"] = Number(compute["cpuCoreLimit"]) };
        if (compute["cpuMemoryRequest"]?.GetValue<string>() is { } memory)
            result["cpuMemory"] = new JsonObject { ["request"] = memory, ["limit"] = compute["cpuMemoryLimit"]?.GetValue<string>() };
        return result;
    }

    internal static double? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture) : null;
}
