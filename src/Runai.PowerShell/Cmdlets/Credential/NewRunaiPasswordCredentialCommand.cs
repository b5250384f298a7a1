using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates a password credential (a Git repository's, say) from a PSCredential.</summary>
[Cmdlet(VerbsCommon.New, "RunaiPasswordCredential", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiPasswordCredentialCommand : NewAssetCmdlet
{
    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>A Kubernetes secret that already holds the user and password, instead of -Credential.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? ExistingSecretName { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.Password;

    protected override JsonObject BuildSpec()
    {
        CredentialInput.RequireOne(Credential, ExistingSecretName, "-Credential");
        var spec = new JsonObject();
        Set(spec, "existingSecretName", ExistingSecretName);
        Set(spec, "user", Credential?.UserName);
        return spec;
    }

    protected override void AddSecrets(Asset asset)
    {
        if (Credential is not null) asset.SetSecret("password", Credential.Password);
    }
}
