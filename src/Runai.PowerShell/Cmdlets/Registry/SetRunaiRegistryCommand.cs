using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Changes a container registry's name, description or url; its user and password are kept.</summary>
[Cmdlet(VerbsCommon.Set, "RunaiRegistry", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class SetRunaiRegistryCommand : SetAssetCmdlet
{
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? NewName { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Url { get; set; }

    protected override AssetFamily Family => AssetFamily.Registry;
    protected override string? RequestedName => NewName;

    protected override JsonObject? SpecChanges() => Url is null ? null : new JsonObject { ["url"] = Url };
}
