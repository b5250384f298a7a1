using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates a PVC data source: an existing claim (-ExistingPvc) or one created with -Size and -StorageClass.</summary>
[Cmdlet(VerbsCommon.New, "RunaiPvcDataSource", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiPvcDataSourceCommand : NewAssetCmdlet
{
    /// <summary>Where the claim is mounted in the workload.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateLength(1, 63)]
    public string? ClaimName { get; set; }

    /// <summary>The claim exists already (else it is created).</summary>
    [Parameter]
    public SwitchParameter ExistingPvc { get; set; }

    [Parameter]
    public SwitchParameter ReadOnly { get; set; }

    /// <summary>Deleted with the workload that uses it.</summary>
    [Parameter]
    public SwitchParameter Ephemeral { get; set; }

    /// <summary>The size of a new claim, e.g. 10G.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePattern("^([+]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$")]
    public string? Size { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePattern("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")]
    public string? StorageClass { get; set; }

    [Parameter]
    [ValidateSet("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany")]
    public string[]? AccessMode { get; set; }

    [Parameter]
    [ValidateSet("Filesystem", "Block")]
    public string? VolumeMode { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.Pvc;

    protected override JsonObject BuildSpec()
    {
        var spec = new JsonObject { ["path"] = Path, ["existingPvc"] = ExistingPvc.IsPresent, ["readOnly"] = ReadOnly.IsPresent, ["ephemeral"] = Ephemeral.IsPresent };
        Set(spec, "claimName", ClaimName);
        if (Size is not null || StorageClass is not null || AccessMode is not null || VolumeMode is not null)
        {
            var claim = new JsonObject();
            Set(claim, "size", Size);
            Set(claim, "storageClass", StorageClass);
            Set(claim, "volumeMode", VolumeMode);
            if (AccessMode is not null)
            {
                claim["accessModes"] = new JsonObject
                {
                    ["readWriteOnce"] = System.Array.IndexOf(AccessMode, "ReadWriteOnce") >= 0,
                    ["readOnlyMany"] = System.Array.IndexOf(AccessMode, "ReadOnlyMany") >= 0,
                    ["readWriteMany"] = System.Array.IndexOf(AccessMode, "ReadWriteMany") >= 0,
                };
            }
            spec["claimInfo"] = claim;
        }
        return spec;
    }
}
