using System.Management.Automation;
using Runai.Client;
using Runai.Client.DataVolumes;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Creates a data volume from a PVC in a project's namespace; returns the new data volume.</summary>
[Cmdlet(VerbsCommon.New, "RunaiDataVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(DataVolume))]
public sealed class NewRunaiDataVolumeCommand : RunaiChangeCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    /// <summary>The project (name or id) whose namespace holds the PVC; by default the connection's default project.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    /// <summary>The existing PVC the data volume is made from (the contract's <c>originPvcName</c>).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("OriginPvcName")]
    [ValidateNotNullOrEmpty]
    public string PvcName { get; set; } = "";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateLength(0, 127)]
    public string? Description { get; set; }

    /// <summary>Whether the original storage volume stays in use beside the data volume (the server's default: true).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public bool? UseOriginalVolume { get; set; }

    protected override void ProcessRecord()
    {
        if (!TryPrepare(() => ResourceNames.Check(Name, "data volume"), Name)) return;
        if (!TryRequireProject(Project, Name, out var projectName)) return;
        var connection = RequireConnection();
        if (!TryRun(ct => connection.Projects().ResolveAsync(projectName, connection.Cluster?.Uuid, ct), projectName, out var project)) return;
        var volume = new DataVolume
        {
            Name = Name, ProjectId = project.Id, OriginPvcName = PvcName, Description = Description, UseOriginalVolume = UseOriginalVolume,
        };
        Changes.Submit($"data volume '{Name}' from PVC '{PvcName}' in project '{project.Name}'", "Create", Name,
            ct => connection.DataVolumes().CreateAsync(volume, ct), write: true);
    }
}
