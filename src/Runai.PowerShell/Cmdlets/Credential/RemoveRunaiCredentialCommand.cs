using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Deletes credentials of any kind: piped credentials bind -Id and -Kind; or by name.</summary>
[Cmdlet(VerbsCommon.Remove, "RunaiCredential", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunaiCredentialCommand : RemoveAssetCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("AccessKey", "Password", "DockerRegistry", "GenericSecret", "NgcApiKey")]
    public string[]? Kind { get; set; }

    protected override AssetFamily Family => AssetFamily.Credential;
    protected override string[]? SelectedKinds => Kind;
}
