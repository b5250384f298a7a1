using System.Management.Automation;
using Runai.Client.Clusters;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>
/// Selects the cluster that cluster-scoped cmdlets use and the default project of cmdlets whose -Project is omitted,
/// on the current connection or on -Connection. The connection object changes in place: every variable that holds it
/// sees the change; -PassThru returns that same object.
/// </summary>
[Cmdlet(VerbsCommon.Set, "RunaiContext", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(RunaiContext))]
public sealed class SetRunaiContextCommand : RunaiCmdlet
{
    /// <summary>The cluster's name or UUID.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ClusterId", "Uuid")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public string? Cluster { get; set; }

    /// <summary>The default project, by name or id (of the selected cluster).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    /// <summary>Forgets the default project: cmdlets need -Project again.</summary>
    [Parameter]
    public SwitchParameter ClearProject { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        if (Cluster is null && Project is null && !ClearProject)
        {
            WriteInputError("Nothing to set: pass -Cluster, -Project or -ClearProject.", ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, null);
            return;
        }
        if (Project is not null && ClearProject)
        {
            WriteInputError("-Project and -ClearProject cannot be used together.", ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, Project);
            return;
        }
        var context = RequireContext();
        var connection = context.Connection;
        var cluster = connection.Cluster;
        if (Cluster is not null && !TryRun(ct => connection.Clusters().ResolveAsync(Cluster, cancellationToken: ct), Cluster, out cluster)) return;
        var project = ClearProject ? null : connection.Project;
        if (Project is not null && !TryRun(ct => connection.Projects().ResolveAsync(Project, cluster?.Uuid, ct), Project, out project)) return;
        if (project is not null && cluster is not null && !string.IsNullOrEmpty(project.ClusterId) && project.ClusterId != cluster.Uuid)
        {
            if (Project is not null)
            {
                WriteInputError($"Project '{project.Name}' is in another cluster than '{cluster.Name}'.", ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, Project);
                return;
            }
            WriteWarning($"The default project '{project.Name}' is not in cluster '{cluster.Name}': it is cleared.");
            project = null;
        }

        var change = (Cluster is null ? "" : $"Select cluster '{cluster!.Name}'") + (Cluster is not null && (Project is not null || ClearProject) ? "; " : "")
            + (Project is not null ? $"Set the default project to '{project!.Name}'" : ClearProject ? "Clear the default project" : "");
        if (!ShouldProcess($"connection to {connection.BaseUrl}", change)) return;
        connection.Cluster = cluster;
        connection.Project = project;
        if (PassThru) WriteObject(context);
    }
}
