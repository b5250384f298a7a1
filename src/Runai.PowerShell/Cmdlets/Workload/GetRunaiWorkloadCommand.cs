using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>
/// Lists workloads of every kind in one view, filtered on the server where the contract's filterBy allows and streamed
/// page by page. A project from the pipeline (its ProjectId, or a project object's Id) limits the list to that project.
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunaiWorkload", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Client.Workloads.Workload))]
public sealed class GetRunaiWorkloadCommand : WorkloadCmdletBase
{
    public const string ListSet = "List";
    public const string IdSet = "Id";

    [Parameter(Position = 0, ParameterSetName = ListSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = IdSet)]
    [Alias("WorkloadId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>The project, by name or id.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [Alias("ProjectName")]
    [ValidateNotNullOrEmpty]
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

    /// <summary>List deleted workloads instead of live ones.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeDeleted { get; set; }

    protected override void ProcessRecord()
    {
        var client = RequireConnection().Workloads();
        if (ParameterSetName == IdSet)
        {
            foreach (var id in Id!)
            {
                // The contract's workload ids are UUIDs: anything else is refused here, not by the server.
                if (!Guid.TryParse(id, out _))
                {
                    WriteInputError($"'{id}' is not a workload id (a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6).",
                        ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, id);
                    continue;
                }
                if (TryRun(ct => client.GetAsync(id, ct), id, out var workload)) WriteObject(workload);
            }
            return;
        }

        var query = new WorkloadListQuery { Deleted = IncludeDeleted };
        var projectId = ProjectId ?? ProjectIdOf(InputObject);
        if (projectId is null && Project is not null)
        {
            if (!TryRun(ct => client.ResolveProjectAsync(Project, ct), Project, out var project)) return;
            projectId = project.Id;
        }
        if (projectId is not null) query.Where("projectId", "==", projectId);

        var patterns = Name?.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList();
        var exactNames = Name?.Where(n => !WildcardPattern.ContainsWildcardCharacters(n)).ToList() ?? new List<string>();
        if (Name is { Length: 1 } && ServerNameFilter(Name[0]) is { } nameFilter) query.Filters.Add(nameFilter);
        if (Type is { Length: 1 }) query.Where("type", "==", Type[0].ToString());
        if (Phase is { Length: 1 }) query.Where("phase", "==", Phase[0]);

        // Filters the server cannot express (several names, types or phases) are applied here, so paging must be too.
        var clientSide = Name is { Length: > 1 } || (Name is { Length: 1 } && ServerNameFilter(Name[0]) is null)
                         || Type is { Length: > 1 } || Phase is { Length: > 1 };
        var skip = (int)Math.Min(PagingParameters.Skip, int.MaxValue);
        if (PagingParameters.IncludeTotalCount && !clientSide && TryRun(ct => client.CountAsync(query, ct), null, out var total))
            WriteObject(PagingParameters.NewTotalCount((ulong)total, 1.0));

        var matched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ulong written = 0, skipped = 0;
        foreach (var workload in Stream(client.ListAsync(query, clientSide ? 0 : skip, cancellationToken: CancellationToken)))
        {
            if (patterns is not null && !patterns.Any(p => p.IsMatch(workload.Name))) continue;
            if (Type is { Length: > 1 } && !(workload.Kind is { } kind && Type.Contains(kind))) continue;
            if (Phase is { Length: > 1 } && !Phase.Contains(workload.Phase, StringComparer.OrdinalIgnoreCase)) continue;
            matched.Add(workload.Name);
            if (clientSide && skipped < PagingParameters.Skip)
            {
                skipped++;
                continue;
            }
            if (written >= PagingParameters.First) break;
            WriteObject(workload);
            written++;
        }
        foreach (var name in exactNames.Where(n => !matched.Contains(n)))
        {
            WriteInputError($"No workload named '{name}' was found.", ErrorIds.ResourceNotFound, ErrorCategory.ObjectNotFound, name);
        }
    }

    /// <summary>"bert" → name==bert; "bert*" → name=^bert; other wildcards cannot be sent.</summary>
    private static string? ServerNameFilter(string name)
    {
        if (!WildcardPattern.ContainsWildcardCharacters(name)) return "name==" + name;
        var stem = name.TrimEnd('*');
        return stem.Length > 0 && stem.Length == name.Length - 1 && !WildcardPattern.ContainsWildcardCharacters(stem) ? "name=^" + stem : null;
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
