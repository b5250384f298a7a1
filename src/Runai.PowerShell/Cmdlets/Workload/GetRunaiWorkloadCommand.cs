using System;
using System.Linq;
using System.Management.Automation;
using Runai.Client.Resources;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>
/// Lists workloads of every kind in one view, filtered on the server where the contract's filterBy allows and streamed
/// page by page. A project from the pipeline (its ProjectId, or a project object's Id) limits the list to that project.
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunaiWorkload", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Client.Workloads.Workload))]
public sealed class GetRunaiWorkloadCommand : RunaiCmdlet
{
    public const string ListSet = "List";
    public const string IdSet = "Id";

    [Parameter(Position = 0, ParameterSetName = ListSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(WorkloadNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = IdSet)]
    [Alias("WorkloadId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>The project, by name or id.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [Alias("ProjectName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? ProjectId { get; set; }

    /// <summary>A project object from the pipeline (e.g. from Get-RunaiProject); its Id selects the project.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipeline = true, DontShow = true)]
    public PSObject? InputObject { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    public WorkloadKind[]? Type { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Creating", "Initializing", "Resuming", "Pending", "Deleting", "Running", "Updating", "Stopped", "Stopping",
        "Degraded", "Failed", "Completed", "Terminating", "Unknown")]
    public string[]? Phase { get; set; }

    /// <summary>Lists the workloads of every project, even when the connection has a default project.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter AllProjects { get; set; }

    /// <summary>List deleted workloads instead of live ones.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeDeleted { get; set; }

    protected override void ProcessRecord()
    {
        var client = RequireConnection().Workloads();
        if (ParameterSetName == IdSet)
        {
            foreach (var workload in TargetResolver.Resolve(this, client.View, Id, null)) WriteObject(workload);
            return;
        }

        var projectId = ProjectId ?? ProjectIdOf(InputObject);
        string? projectName = null;
        var wanted = AllProjects ? Project : ProjectOrDefault(Project);
        if (projectId is null && wanted is not null)
        {
            if (!TryRun(ct => client.ResolveProjectAsync(wanted, ct), wanted, out var project)) return;
            (projectId, projectName) = (project.Id, project.Name);
        }
        if (!TryPrepare(() =>
            {
                var query = new ResourceQuery();
                if (IncludeDeleted) query.With("deleted", "true");
                if (projectId is not null) query.Where("projectId", "==", projectId);
                if (Type is { Length: 1 }) query.Where("type", "==", Type[0].ToString());
                if (Phase is { Length: 1 }) query.Where("phase", "==", Phase[0]);
                return query;
            }, projectId, out var query))
        {
            return;
        }

        // Several types or phases cannot be one filterBy term: those are matched here (and paging with them).
        Func<Client.Workloads.Workload, bool>? local = null;
        if (Type is { Length: > 1 } || Phase is { Length: > 1 })
        {
            local = w => (Type is not { Length: > 1 } || (w.Kind is { } kind && Type.Contains(kind)))
                         && (Phase is not { Length: > 1 } || Phase.Contains(w.Phase, StringComparer.OrdinalIgnoreCase));
        }
        ListWriter.Write(this, client.View, Name, query, local, scope: projectName is null ? null : $"in project '{projectName}'");
    }

    /// <summary>The project id a piped object carries: its ProjectId, or, for a project object, its Id.</summary>
    private static string? ProjectIdOf(PSObject? input)
    {
        if (input is null) return null;
        if (input.BaseObject is Client.Workloads.Workload) return null; // bound through ProjectId already
        var isProject = input.TypeNames.Any(t => t.EndsWith("Project", StringComparison.OrdinalIgnoreCase));
        var id = input.Properties["ProjectId"]?.Value ?? (isProject ? input.Properties["Id"]?.Value : null);
        return id is null ? null : Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture);
    }
}
