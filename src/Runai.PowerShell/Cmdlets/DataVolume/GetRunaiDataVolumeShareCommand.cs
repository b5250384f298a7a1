using System.Management.Automation;
using Runai.Client.DataVolumes;

namespace Runai.PowerShell;

/// <summary>Lists the clusters, departments and projects a data volume is shared with.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiDataVolumeShare")]
[OutputType(typeof(DataVolumeShare))]
public sealed class GetRunaiDataVolumeShareCommand : RunaiCmdlet
{
    /// <summary>The data volume, by name or id; binds from a piped data volume's Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "DataVolumeId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataVolumeNameCompleter))]
    public string DataVolume { get; set; } = "";

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (!TryRun(ct => connection.DataVolumes().ResolveAsync(DataVolume, null, ct), DataVolume, out var volume)) return;
        if (!TryRun(ct => connection.SharesAsync(volume.Id, ct), DataVolume, out var shares)) return;
        foreach (var share in shares)
        {
            share.DataVolumeName = volume.Name;
            WriteObject(share);
        }
    }
}
