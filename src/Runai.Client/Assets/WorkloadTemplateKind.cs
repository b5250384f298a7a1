using System.Collections.Generic;
using Runai.Client.Resources;
using Runai.Client.Workloads;

namespace Runai.Client.Assets;

/// <summary>
/// The templates of one workload kind (<c>/api/v1/workload-templates/trainings</c>…): the contract's
/// <c>WorkloadType</c>, its route and descriptor, and whether it can be updated (inference templates cannot).
/// </summary>
public sealed class WorkloadTemplateKind : IAssetKind<WorkloadTemplate>
{
    internal WorkloadTemplateKind(WorkloadKind workloadKind, ResourceDescriptor<WorkloadTemplate> descriptor, bool canUpdate)
    {
        WorkloadKind = workloadKind;
        Descriptor = descriptor;
        CanUpdate = canUpdate;
    }

    public AssetFamily Family => AssetFamily.Template;

    /// <summary>The workload kind whose spec the template holds, and which takes it as <c>templateId</c>.</summary>
    public WorkloadKind WorkloadKind { get; }

    /// <summary>The contract's <c>WorkloadType</c>, and what -Kind takes.</summary>
    public string Name => WorkloadKind.ToString();

    public string Noun => WorkloadKind.Noun() + " template";

    public ResourceDescriptor<WorkloadTemplate> Descriptor { get; }

    public bool CanUpdate { get; }
    public bool UpdateTakesName => true;
    public bool UpdateTakesSpec => true;
    public IReadOnlyCollection<string>? UpdatableSpecFields => null;

    public override string ToString() => Name;
}
