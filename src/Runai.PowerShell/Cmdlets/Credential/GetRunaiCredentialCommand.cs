using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Lists credentials of every kind (one request), or of the kinds given, by name (wildcards) or id. Secret values are never returned.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiCredential", DefaultParameterSetName = ByNameSet, SupportsPaging = true)]
[OutputType(typeof(Asset))]
public sealed class GetRunaiCredentialCommand : GetAssetCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("AccessKey", "Password", "DockerRegistry", "GenericSecret", "NgcApiKey")]
    public string[]? Kind { get; set; }

    protected override AssetFamily Family => AssetFamily.Credential;
    protected override string[]? SelectedKinds => Kind;
}
