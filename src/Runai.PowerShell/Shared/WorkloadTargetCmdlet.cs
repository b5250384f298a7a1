using System.Collections.Generic;
using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>
/// Base of the cmdlets that act on existing workloads: they take workload objects from the pipeline, ids, or a name
/// in a project, and resolve each to a workload (whose type picks the typed route).
/// </summary>
public abstract class WorkloadTargetCmdlet : RunaiCmdlet
{
    public const string ObjectSet = "Object";
    public const string IdSet = "Id";
    public const string NameSet = "Name";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ObjectSet)]
    [ValidateNotNull]
    public Client.Workloads.Workload[]? InputObject { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("WorkloadId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = NameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(WorkloadNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>The project (name or id) of the workloads given by -Name; by default the connection's default project.</summary>
    [Parameter(ParameterSetName = NameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    /// <summary>The workloads this record names; a name or id that matches nothing is a non-terminating error.</summary>
    protected IEnumerable<Client.Workloads.Workload> ResolveTargets(WorkloadsClient client)
    {
        if (ParameterSetName == ObjectSet) return InputObject!;
        if (ParameterSetName == IdSet) return TargetResolver.Resolve(this, client.View, Id, null);
        if (!TryRequireProject(Project, Name, out var projectName)
            || !TryRun(ct => client.ResolveProjectAsync(projectName, ct), projectName, out var project)) return System.Array.Empty<Client.Workloads.Workload>();
        return TargetResolver.Resolve(this, client.View, null, Name, project.Id, $"in project '{project.Name}'");
    }
}
