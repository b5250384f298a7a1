using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Lists workload templates of every workload kind (one request), or of the kinds given, by name (wildcards) or id.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiWorkloadTemplate", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(WorkloadTemplate))]
public sealed class GetRunaiWorkloadTemplateCommand : GetAssetCmdlet
{
    /// <summary>The workload kinds (the contract's <c>WorkloadType</c>) whose templates to list.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("WorkloadType")]
    [ValidateSet("Workspace", "Training", "Distributed", "Inference")]
    public string[]? Kind { get; set; }

    protected override AssetFamily Family => AssetFamily.Template;
    protected override string[]? SelectedKinds => Kind;
}
