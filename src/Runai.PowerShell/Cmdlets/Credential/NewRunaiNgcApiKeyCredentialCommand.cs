using System.Management.Automation;
using System.Security;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates an NGC API key credential, for NIM and NGC images.</summary>
[Cmdlet(VerbsCommon.New, "RunaiNgcApiKeyCredential", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiNgcApiKeyCredentialCommand : NewAssetCmdlet
{
    [Parameter(Mandatory = true)]
    [ValidateNotNull]
    public SecureString? ApiKey { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.NgcApiKey;

    protected override JsonObject BuildSpec() => new();

    protected override void AddSecrets(Asset asset) => asset.SetSecret("ngc_api_key", ApiKey!);
}
