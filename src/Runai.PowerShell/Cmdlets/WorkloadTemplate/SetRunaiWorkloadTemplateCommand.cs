using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>
/// Changes a workload template's name, description, image, command, arguments or other spec fields; the rest of its
/// spec is kept. Inference templates have no update in the contract and are refused before anything is sent.
/// </summary>
[Cmdlet(VerbsCommon.Set, "RunaiWorkloadTemplate", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(WorkloadTemplate))]
public sealed class SetRunaiWorkloadTemplateCommand : SetAssetCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("WorkloadType")]
    [ValidateSet("Workspace", "Training", "Distributed", "Inference")]
    public string? Kind { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? NewName { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Image { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Command { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Arguments { get; set; }

    /// <summary>Top-level spec fields to replace, by their contract names (hashtable or JSON).</summary>
    [Parameter]
    [ValidateNotNull]
    public object? Spec { get; set; }

    protected override AssetFamily Family => AssetFamily.Template;
    protected override string[]? SelectedKinds => Kind is null ? null : new[] { Kind };
    protected override string? RequestedName => NewName;

    protected override JsonObject? SpecChanges()
    {
        var changes = SpecParameter.FromParameter(Spec) ?? new JsonObject();
        if (Image is not null) changes["image"] = Image;
        if (Command is not null) changes["command"] = Command;
        if (Arguments is not null) changes["args"] = Arguments;
        return changes;
    }
}
