using System;
using System.Linq;
using System.Management.Automation;
using Runai.Client.Clusters;

namespace Runai.PowerShell;

/// <summary>Lists the tenant's clusters, by name (wildcards) or id.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiCluster", DefaultParameterSetName = ByNameSet)]
[OutputType(typeof(Runai.Client.Clusters.Cluster))]
public sealed class GetRunaiClusterCommand : RunaiCmdlet
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Uuid", "ClusterId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (ParameterSetName == ByIdSet)
        {
            foreach (var id in Id!)
                if (TryRun(ct => connection.Clusters.GetAsync(id, ct), id, out var cluster)) WriteObject(cluster);
            return;
        }

        if (!TryRun(ct => connection.Clusters.ListAsync(ct), Name, out var all)) return;
        if (Name is null)
        {
            WriteObject(all, enumerateCollection: true);
            return;
        }
        foreach (var name in Name)
        {
            var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
            var matches = all.Where(c => pattern.IsMatch(c.Name)).ToList();
            if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
                WriteInputError($"No cluster named '{name}' was found. Known clusters: {string.Join(", ", all.Select(c => c.Name))}.",
                    ErrorIds.ResourceNotFound, ErrorCategory.ObjectNotFound, name);
            WriteObject(matches, enumerateCollection: true);
        }
    }
}
