using System.Collections;
using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Changes an environment asset's name, description, image, pull policy, command, arguments or variables; the others are kept.</summary>
[Cmdlet(VerbsCommon.Set, "RunaiEnvironmentAsset", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class SetRunaiEnvironmentAssetCommand : SetAssetCmdlet
{
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? NewName { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Image { get; set; }

    [Parameter]
    [ValidateSet("Always", "Never", "IfNotPresent")]
    public string? ImagePullPolicy { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Command { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Arguments { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? WorkingDirectory { get; set; }

    /// <summary>Replaces the environment variables, name = value.</summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? EnvironmentVariable { get; set; }

    protected override AssetFamily Family => AssetFamily.Environment;
    protected override string? RequestedName => NewName;

    protected override JsonObject? SpecChanges() =>
        EnvironmentSpec.Apply(new JsonObject(), Image, ImagePullPolicy, Command, Arguments, WorkingDirectory, HashtableText.ToDictionary(EnvironmentVariable), null, null);
}
