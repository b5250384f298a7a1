using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.Client.Workloads;

/// <summary>
/// What a user asks to submit, turned into the typed create request (<c>WorkloadCreationMeta</c> + the kind's spec).
/// <see cref="Spec"/> is the base of <c>spec</c>; every property set here is written over it, so a parameter always wins
/// and -Spec supplies the fields that have no parameter.
/// </summary>
public sealed class WorkloadSubmission
{
    public WorkloadSubmission(WorkloadKind kind, string name, string projectId, string clusterId)
    {
        Kind = kind;
        Name = name;
        ProjectId = projectId;
        ClusterId = clusterId;
    }

    public WorkloadKind Kind { get; }
    public string Name { get; }
    /// <summary>Settable so a cmdlet can validate the input before it resolves the project (which costs a request).</summary>
    public string ProjectId { get; set; }
    public string ClusterId { get; set; }
    /// <summary>The project's name, for messages only.</summary>
    public string? ProjectName { get; set; }

    public JsonObject? Spec { get; set; }

    /// <summary>The assets submitted with (by name): the base that <see cref="Spec"/> and every parameter are written over.</summary>
    public WorkloadAssets? Assets { get; set; }

    /// <summary>
    /// The workload template submitted with, sent as <c>templateId</c>: the control plane takes its fields under the
    /// request's spec (contract: <c>SubmitWithTemplateId</c>), so they are not copied in.
    /// </summary>
    public WorkloadTemplate? Template { get; set; }

    /// <summary>Whether an image is given: by <see cref="Image"/>, in <see cref="Spec"/>, by the environment asset or the template.</summary>
    public bool HasImage => Image is not null || Spec?["image"] is not null || Assets?.Environment?.SpecJson?["image"] is not null
        || Template?.SpecJson?["image"] is not null;
    public string? Image { get; set; }
    public string? Command { get; set; }
    public string? Arguments { get; set; }
    public IDictionary<string, string>? Environment { get; set; }
    public int? Gpu { get; set; }
    public double? GpuFraction { get; set; }
    public string? GpuMemory { get; set; }
    public double? Cpu { get; set; }
    public string? Memory { get; set; }
    public IList<string>? NodePools { get; set; }
    public bool? Preemptible { get; set; }
    public IList<PvcMount>? Pvcs { get; set; }
    public IList<int>? Ports { get; set; }
    public IDictionary<string, string>? Labels { get; set; }
    public IDictionary<string, string>? Annotations { get; set; }

    // Training
    public int? Parallelism { get; set; }
    public int? Completions { get; set; }
    public int? BackoffLimit { get; set; }

    // Distributed
    public string? Framework { get; set; }
    public int? Workers { get; set; }
    public JsonObject? MasterSpec { get; set; }

    // Inference
    public int? ServingPort { get; set; }
    public int? MinReplicas { get; set; }
    public int? MaxReplicas { get; set; }

    /// <summary>"training 'bert' in project 'team-a'" for confirmations and messages.</summary>
    public string Describe() => $"{Kind.Noun()} '{Name}' in project '{ProjectName ?? ProjectId}'";

    /// <summary>Checks what the control plane would refuse, before anything is sent.</summary>
    public void Validate()
    {
        ResourceNames.Check(Name, "workload");
        ComputeSpec.Validate(GpuFraction, GpuMemory, new[] { ("Cpu", Cpu) }, ("Memory", Memory));
        if (Ports?.FirstOrDefault(p => p is < 1 or > 65535) is { } port and not 0)
            throw new RunaiInvalidValueException(InvalidValueKind.Value, port, $"Port {port} is outside 1-65535.");
        if (MinReplicas is { } min && MaxReplicas is { } max && max < min)
            throw new RunaiInvalidValueException(InvalidValueKind.Value, max, $"MaxReplicas {max} is smaller than MinReplicas {min}.");
    }

    /// <summary>The JSON body of POST /api/v1/workloads/{kind}.</summary>
    public JsonObject ToRequest()
    {
        var request = new JsonObject { ["name"] = Name, ["projectId"] = ProjectId, ["clusterId"] = ClusterId };
        if (Template is not null) request["templateId"] = Template.Id;
        request["spec"] = ToSpec();
        if (Kind == WorkloadKind.Distributed)
        {
            if (MasterSpec is not null) request["masterSpec"] = MasterSpec.DeepClone();
            else request["masterSpecSameAsWorker"] = true;
        }
        return request;
    }

    /// <summary>The kind's <c>spec</c>: the assets' fields, then -Spec, then every parameter written over them (a template's spec takes the same shape).</summary>
    public JsonObject ToSpec()
    {
        var spec = Assets is { IsEmpty: false } assets
            ? WorkloadAssets.Merge(assets.ToSpec(), Spec)
            : (JsonObject?)Spec?.DeepClone() ?? new JsonObject();
        Set(spec, "image", Image);
        Set(spec, "command", Command);
        Set(spec, "args", Arguments);
        if (Environment is { Count: > 0 })
            spec["environmentVariables"] = NameValues(Environment, spec["environmentVariables"] as JsonArray);
        if (Labels is { Count: > 0 }) spec["labels"] = NameValues(Labels, spec["labels"] as JsonArray);
        if (Annotations is { Count: > 0 }) spec["annotations"] = NameValues(Annotations, spec["annotations"] as JsonArray);
        if (NodePools is { Count: > 0 }) spec["nodePools"] = new JsonArray(NodePools.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
        if (Preemptible is { } preemptible) spec["preemptibility"] = preemptible ? "preemptible" : "non-preemptible";
        if (Ports is { Count: > 0 })
            spec["ports"] = new JsonArray(Ports.Select(p => (JsonNode?)new JsonObject { ["container"] = p, ["serviceType"] = "ClusterIP" }).ToArray());
        if (Pvcs is { Count: > 0 })
        {
            var storage = Child(spec, "storage");
            // A PVC data source stays unless -Pvc mounts something at its path.
            var kept = (Assets?.DataSources.Count > 0 ? storage["pvc"] as JsonArray : null)?.OfType<JsonObject>()
                .Where(item => !Pvcs.Any(p => p.Path == item["path"]?.ToString())).Select(item => (JsonNode?)item.DeepClone()) ?? Enumerable.Empty<JsonNode?>();
            storage["pvc"] = new JsonArray(kept.Concat(Pvcs.Select(p => (JsonNode?)new JsonObject
            {
                ["claimName"] = p.ClaimName, ["path"] = p.Path, ["existingPvc"] = true, ["readOnly"] = p.ReadOnly,
            })).ToArray());
        }
        ApplyCompute(spec);

        switch (Kind)
        {
            case WorkloadKind.Training:
                Set(spec, "parallelism", Parallelism);
                Set(spec, "completions", Completions);
                Set(spec, "backoffLimit", BackoffLimit);
                break;
            case WorkloadKind.Distributed:
                Set(spec, "distributedFramework", Framework);
                Set(spec, "numWorkers", Workers);
                break;
            case WorkloadKind.Inference:
                if (ServingPort is { } servingPort) Child(spec, "servingPort")["container"] = servingPort;
                if (MinReplicas is { } minReplicas) Child(spec, "autoscaling")["minReplicas"] = minReplicas;
                if (MaxReplicas is { } maxReplicas) Child(spec, "autoscaling")["maxReplicas"] = maxReplicas;
                break;
        }

        return spec;
    }

    private void ApplyCompute(JsonObject spec)
    {
        if (Gpu is null && GpuFraction is null && GpuMemory is null && Cpu is null && Memory is null) return;
        ComputeSpec.Apply(Child(spec, "compute"), Gpu, GpuFraction, GpuMemory, Cpu, Memory);
    }

    /// <summary>name/value items; entries of the same name from -Spec are replaced, others kept.</summary>
    private static JsonArray NameValues(IDictionary<string, string> values, JsonArray? existing)
    {
        var result = new JsonArray();
        foreach (var item in existing ?? new JsonArray())
        {
            if (item is JsonObject o && o["name"] is JsonValue n && n.TryGetValue<string>(out var name) && values.ContainsKey(name)) continue;
            result.Add(item?.DeepClone());
        }
        // Sorted, so the same hashtable gives the same body in every session (hashtable order is not stable).
        foreach (var pair in values.OrderBy(p => p.Key, StringComparer.Ordinal)) result.Add(new JsonObject { ["name"] = pair.Key, ["value"] = pair.Value });
        return result;
    }

    private static JsonObject Child(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject child) return child;
        child = new JsonObject();
        parent[name] = child;
        return child;
    }

    private static void Set(JsonObject target, string name, string? value)
    {
        if (value is not null) target[name] = value;
    }

    private static void Set(JsonObject target, string name, int? value)
    {
        if (value is not null) target[name] = value.Value;
    }
}

/// <summary>An existing PVC mounted into the workload.</summary>
public sealed class PvcMount
{
    public PvcMount(string claimName, string path, bool readOnly = false)
    {
        ClaimName = claimName;
        Path = path;
        ReadOnly = readOnly;
    }

    public string ClaimName { get; }
    public string Path { get; }
    public bool ReadOnly { get; }

    /// <summary>Parses <c>claim:/mount/path</c> or <c>claim:/mount/path:ro</c>.</summary>
    public static PvcMount Parse(string text)
    {
        var parts = (text ?? "").Split(':');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || !parts[1].StartsWith("/", StringComparison.Ordinal)
            || (parts.Length == 3 && parts[2] is not ("ro" or "rw")))
            throw new RunaiInvalidValueException(InvalidValueKind.Value, text, $"'{text}' is not a PVC mount: use <claimName>:/mount/path[:ro].");
        return new PvcMount(parts[0], parts[1], parts.Length == 3 && parts[2] == "ro");
    }
}
