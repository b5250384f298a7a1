using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates an access key credential (S3): the key id as the PSCredential's user name, the secret key as its password.</summary>
[Cmdlet(VerbsCommon.New, "RunaiAccessKeyCredential", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiAccessKeyCredentialCommand : NewAssetCmdlet
{
    [Parameter]
    [Credential]
    public PSCredential? AccessKey { get; set; }

    /// <summary>A Kubernetes secret that already holds the key, instead of -AccessKey.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? ExistingSecretName { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.AccessKey;

    protected override JsonObject BuildSpec()
    {
        CredentialInput.RequireOne(AccessKey, ExistingSecretName, "-AccessKey");
        var spec = new JsonObject();
        Set(spec, "existingSecretName", ExistingSecretName);
        Set(spec, "accessKeyId", AccessKey?.UserName);
        return spec;
    }

    protected override void AddSecrets(Asset asset)
    {
        if (AccessKey is not null) asset.SetSecret("secretAccessKey", AccessKey.Password);
    }
}
