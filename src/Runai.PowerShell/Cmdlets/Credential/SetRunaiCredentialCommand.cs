using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Changes a credential's description, the only thing the contract's credential update takes (secrets are replaced by a new credential).</summary>
[Cmdlet(VerbsCommon.Set, "RunaiCredential", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class SetRunaiCredentialCommand : SetAssetCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("AccessKey", "Password", "DockerRegistry", "GenericSecret", "NgcApiKey")]
    public string? Kind { get; set; }

    protected override AssetFamily Family => AssetFamily.Credential;
    protected override string[]? SelectedKinds => Kind is null ? null : new[] { Kind };
}
