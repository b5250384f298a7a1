using System.Linq;
using System.Management.Automation;
using Runai.Client.DataVolumes;

namespace Runai.PowerShell;

/// <summary>
/// Add- and Remove-RunaiDataVolumeShare: one PATCH of the data volume's shared scopes (the contract's <c>add</c> or
/// <c>remove</c>) with every cluster, department and project given, each resolved by name or id before it is sent.
/// </summary>
public abstract class DataVolumeShareCmdlet : RunaiChangeCmdlet
{
    /// <summary>The data volume, by name or id; binds from a piped data volume's Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "DataVolumeId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataVolumeNameCompleter))]
    public string DataVolume { get; set; } = "";

    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string[]? Project { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DepartmentNameCompleter))]
    public string[]? Department { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public string[]? Cluster { get; set; }

    /// <summary>Writes the scopes the data volume is shared with after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>True: share with the scopes (<c>add</c>); false: stop sharing (<c>remove</c>).</summary>
    protected abstract bool Adding { get; }

    protected override void ProcessRecord()
    {
        if (Project is null && Department is null && Cluster is null)
        {
            WriteInputError("Give the scopes to " + (Adding ? "share the data volume with" : "stop sharing it with") + ": -Project, -Department or -Cluster.",
                ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, DataVolume);
            return;
        }
        var connection = RequireConnection();
        if (!TryRun(ct => connection.DataVolumes().ResolveAsync(DataVolume, null, ct), DataVolume, out var volume)) return;
        if (!TryRun(ct => DataVolumeTargets.SharedScopesAsync(connection, Cluster, Department, Project, ct), DataVolume, out var scopes)) return;
        var pairs = scopes.Select(s => (s.ScopeType, s.ScopeId)).ToList();
        var none = Enumerable.Empty<(string, string)>();
        var words = string.Join(", ", scopes.Select(s => s.Description));
        Changes.Submit($"data volume '{volume.Name}' (id {volume.Id})", (Adding ? "Share with " : "Stop sharing with ") + words, volume,
            ct => connection.ChangeSharesAsync(volume.Id, Adding ? pairs : none, Adding ? none : pairs, ct),
            shares =>
            {
                if (!PassThru) return;
                foreach (var share in shares)
                {
                    share.DataVolumeName = volume.Name;
                    WriteObject(share);
                }
            });
    }
}
