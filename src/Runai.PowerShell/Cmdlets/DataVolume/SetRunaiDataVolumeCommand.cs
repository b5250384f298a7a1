using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.DataVolumes;

namespace Runai.PowerShell;

/// <summary>Changes a data volume's description, the one field the contract's PATCH takes. Returns the data volume with -PassThru.</summary>
[Cmdlet(VerbsCommon.Set, "RunaiDataVolume", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(DataVolume))]
public sealed class SetRunaiDataVolumeCommand : RunaiChangeCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("DataVolumeId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataVolumeNameCompleter))]
    public string? Name { get; set; }

    /// <summary>The project (name or id) the data volume named -Name belongs to.</summary>
    [Parameter(ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    [Parameter(Mandatory = true)]
    [AllowEmptyString]
    [ValidateLength(0, 127)]
    public string Description { get; set; } = "";

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (!DataVolumeTargets.TryScope(this, connection, Project, out var scope, out var scopeText)) return;
        var volumes = connection.DataVolumes();
        foreach (var volume in TargetResolver.Resolve(this, volumes, Id is null ? null : new[] { Id }, Name is null ? null : new[] { Name }, scope, scopeText))
        {
            var changes = new JsonObject { ["description"] = Description };
            Changes.Submit($"data volume '{volume.Name}' (id {volume.Id})", "Update (description)", volume,
                ct => volumes.PatchAsync(volume.Id, changes, ct), write: PassThru);
        }
    }
}
