using System.Management.Automation;
using Runai.Client.DataVolumes;

namespace Runai.PowerShell;

/// <summary>Deletes data volumes, by id (piped data volumes bind) or name (within -Project when given).</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiDataVolume", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiDataVolumeCommand : RemoveCmdlet
{
    public const string ByIdSet = "ById";
    public const string ByNameSet = "ByName";

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("DataVolumeId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataVolumeNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>The project (name or id) the data volumes named -Name belong to.</summary>
    [Parameter(ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (!DataVolumeTargets.TryScope(this, connection, Project, out var scope, out var scopeText)) return;
        var volumes = connection.DataVolumes();
        foreach (var volume in TargetResolver.Resolve(this, volumes, Id, Name, scope, scopeText))
            Changes.Submit($"data volume '{volume.Name}' (id {volume.Id})", "Remove", volume, ct => volumes.DeleteAsync(volume.Id, ct));
    }
}
