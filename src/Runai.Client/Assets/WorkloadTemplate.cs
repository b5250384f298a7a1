using System;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Assets;

/// <summary>
/// A workload template of any workload kind (<c>/api/v1/workload-templates/{kind}</c>): its <c>meta</c>, the workload
/// spec fields it sets, and whether it can be submitted as it is. A workload submitted with its id
/// (<c>templateId</c>) takes these fields under its own.
/// </summary>
[ContractSchema("WorkspaceTemplate")]
[ContractSchema("TrainingTemplate")]
[ContractSchema("DistributedTemplate")]
[ContractSchema("InferenceTemplate")]
[ContractSchema("SupersetTemplate")]
[ContractSchema("WorkspaceTemplatesListResponseItem")]
[ContractSchema("TrainingTemplatesListResponseItem")]
[ContractSchema("DistributedTemplatesListResponseItem")]
[ContractSchema("InferenceTemplatesListResponseItem")]
public sealed class WorkloadTemplate : RunaiModel, IAsset
{
    [JsonPropertyName("meta")] public TemplateMeta Meta { get; set; } = new();
    /// <summary>The spec as the API has it; internal so that PowerShell shows <see cref="Spec"/> only.</summary>
    [JsonPropertyName("spec")][JsonInclude] internal JsonObject? SpecJson { get; set; }

    /// <inheritdoc />
    public JsonObject? GetSpecJson() => SpecJson;

    /// <summary>Sets the spec a create or update sends.</summary>
    public void SetSpecJson(JsonObject? value) => SpecJson = value;

    /// <summary>The spec as plain values (a dictionary), as PowerShell shows and ConvertTo-Json writes it.</summary>
    [JsonIgnore] public object? Spec => PlainJson.ToPlain(SpecJson);
    [JsonPropertyName("runnable")] public TemplateRunnable? Runnable { get; set; }

    [JsonIgnore] public string Id => Meta.Id ?? "";
    [JsonIgnore] public string Name => Meta.Name;
    [JsonIgnore] public string? Description => Meta.Description;

    /// <summary>The workload kind the template is for (<c>Workspace</c>, <c>Training</c>, <c>Distributed</c>, <c>Inference</c>), which -Kind takes.</summary>
    [JsonIgnore] public string Kind => WorkloadTemplateKinds.FromWorkloadType(Meta.WorkloadType)?.Name ?? Meta.WorkloadType ?? "";
    [JsonIgnore] public string Scope => Meta.ScopeType;
    [JsonIgnore] public string? ScopeId => Meta.ScopeType == "tenant" ? null : Meta.ScopeId;
    [JsonIgnore] public bool? IsRunnable => Runnable?.IsRunnable;
    [JsonIgnore] public string? Image => SpecJson?["image"]?.ToString();
    [JsonIgnore] public DateTimeOffset? CreatedAt => Meta.CreatedAt;

    /// <summary>Where the name is unique: the workload kind's scope and its owner (<c>project:7</c>).</summary>
    [JsonIgnore] internal string ScopeKey => Meta.ScopeType + ":" + ScopeId;

    public override string ToString() => Name;
}
