using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Deletes workload templates of any workload kind: piped templates bind -Id and -Kind; or by name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiWorkloadTemplate", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiWorkloadTemplateCommand : RemoveAssetCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("WorkloadType")]
    [ValidateSet("Workspace", "Training", "Distributed", "Inference")]
    public string[]? Kind { get; set; }

    protected override AssetFamily Family => AssetFamily.Template;
    protected override string[]? SelectedKinds => Kind;
}
