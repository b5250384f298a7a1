using System.Collections;
using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates an environment asset: image, pull policy, command, arguments, environment variables, ports and tools.</summary>
[Cmdlet(VerbsCommon.New, "RunaiEnvironmentAsset", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiEnvironmentAssetCommand : NewAssetCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Image { get; set; } = "";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("Always", "Never", "IfNotPresent")]
    public string? ImagePullPolicy { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Command { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Arguments { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? WorkingDirectory { get; set; }

    /// <summary>Environment variables, name = value.</summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? EnvironmentVariable { get; set; }

    /// <summary>Container ports to expose (as custom tools).</summary>
    [Parameter]
    [ValidateRange(1, 65535)]
    public int[]? Port { get; set; }

    /// <summary>Tools in the image, <c>type:port</c>: jupyter-notebook:8888, tensorboard:6006…</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Tool { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.Environment;

    protected override JsonObject BuildSpec() =>
        EnvironmentSpec.Apply(new JsonObject(), Image, ImagePullPolicy, Command, Arguments, WorkingDirectory, HashtableText.ToDictionary(EnvironmentVariable), Port, Tool);
}
