using System.Collections;
using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Changes a data source's name, description, path or other spec fields, as far as its kind's update allows.</summary>
[Cmdlet(VerbsCommon.Set, "RunaiDataSource", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class SetRunaiDataSourceCommand : SetAssetCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("Pvc", "S3", "Git", "Nfs", "HostPath", "ConfigMap", "Secret")]
    public string? Kind { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? NewName { get; set; }

    /// <summary>The path in the workload (PVC, S3, Git) or on the server (NFS, host path).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Any other spec field of the kind, by its contract name.</summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Spec { get; set; }

    protected override AssetFamily Family => AssetFamily.DataSource;
    protected override string[]? SelectedKinds => Kind is null ? null : new[] { Kind };
    protected override string? RequestedName => NewName;

    protected override JsonObject? SpecChanges()
    {
        var changes = Spec is null ? new JsonObject() : PSObjectJson.FromBodyParameter(Spec) as JsonObject
            ?? throw new RunaiInvalidValueException(InvalidValueKind.Value, Spec, "-Spec must be a hashtable.");
        if (Path is not null) changes["path"] = Path;
        return changes;
    }
}
