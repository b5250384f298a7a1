using System.Collections.Generic;
using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>
/// Base of the cmdlets that act on existing workloads: they take workload objects from the pipeline, ids, or a name
/// in a project, and resolve each to a workload (whose type picks the typed route).
/// </summary>
public abstract class WorkloadTargetCommandBase : WorkloadCmdletBase
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
    public string[]? Name { get; set; }

    /// <summary>The project (name or id) of the workloads given by -Name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = NameSet)]
    [ValidateNotNullOrEmpty]
    public string? Project { get; set; }

    /// <summary>The workloads this record names; a name or id that matches nothing is a non-terminating error.</summary>
    protected IEnumerable<Client.Workloads.Workload> ResolveTargets(WorkloadsClient client)
    {
        switch (ParameterSetName)
        {
            case ObjectSet:
                foreach (var workload in InputObject!) yield return workload;
                break;
            case IdSet:
                foreach (var id in Id!)
                {
                    if (TryRun(ct => client.GetAsync(id, ct), id, out var workload)) yield return workload;
                }
                break;
            default:
                if (!TryRun(ct => client.ResolveProjectAsync(Project!, ct), Project, out var project)) yield break;
                foreach (var name in Name!)
                {
                    if (!TryRun(ct => client.FindByNameAsync(project.Id, name, ct), name, out var workload)) continue;
                    if (workload is null)
                    {
                        WriteInputError($"No workload named '{name}' was found in project '{project.Name}'.", ErrorIds.ResourceNotFound,
                            ErrorCategory.ObjectNotFound, name);
                        continue;
                    }
                    yield return workload;
                }
                break;
        }
    }
}
