using System.Collections;
using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>
/// Creates a workload template of one workload kind: the image, command, variables, compute and node pools a
/// workload submitted with <c>-Template</c> starts from, and any other spec field through -Spec.
/// </summary>
[Cmdlet(VerbsCommon.New, "RunaiWorkloadTemplate", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(WorkloadTemplate))]
public sealed class NewRunaiWorkloadTemplateCommand : NewAssetCmdlet
{
    /// <summary>The workload kind the template is for (the contract's <c>WorkloadType</c>).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("WorkloadType")]
    [ValidateSet("Workspace", "Training", "Distributed", "Inference")]
    public string Kind { get; set; } = "";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Image { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Command { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Arguments { get; set; }

    [Parameter]
    [ValidateNotNull]
    public Hashtable? EnvironmentVariable { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("GpuDevices")]
    [ValidateRange(0, 64)]
    public int? Gpu { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public double? GpuFraction { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? GpuMemory { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0.0, 4096.0)]
    public double? Cpu { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Memory { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NodePoolNameCompleter))]
    public string[]? NodePool { get; set; }

    /// <summary>Any other field of the kind's template spec (hashtable or JSON); the parameters are written over it.</summary>
    [Parameter]
    [ValidateNotNull]
    public object? Spec { get; set; }

    protected override IAssetKind TargetKind => WorkloadTemplateKinds.FromWorkloadType(Kind)!;

    protected override JsonObject BuildSpec()
    {
        var kind = WorkloadTemplateKinds.FromWorkloadType(Kind)!.WorkloadKind;
        // The same spec a workload's parameters make, so a template and a submission never disagree on a field.
        var fields = new WorkloadSubmission(kind, Name, "", "")
        {
            Spec = SpecParameter.FromParameter(Spec), Image = Image, Command = Command, Arguments = Arguments,
            Environment = HashtableText.ToDictionary(EnvironmentVariable), Gpu = Gpu, GpuFraction = GpuFraction, GpuMemory = GpuMemory, Cpu = Cpu,
            Memory = Memory, NodePools = NodePool,
        };
        ComputeSpec.Validate(GpuFraction, GpuMemory, new[] { ("Cpu", Cpu) }, ("Memory", Memory));
        return fields.ToSpec();
    }
}
