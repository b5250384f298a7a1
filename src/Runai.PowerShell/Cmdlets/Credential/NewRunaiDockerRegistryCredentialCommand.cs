using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates a docker registry credential (image pull secret) for a registry URL from a PSCredential.</summary>
[Cmdlet(VerbsCommon.New, "RunaiDockerRegistryCredential", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiDockerRegistryCredentialCommand : NewAssetCmdlet
{
    /// <summary>The registry, e.g. https://nvcr.io.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Url { get; set; }

    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>A Kubernetes secret that already holds the registry login, instead of -Url and -Credential.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? ExistingSecretName { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.DockerRegistry;

    protected override JsonObject BuildSpec()
    {
        CredentialInput.RequireOne(Credential, ExistingSecretName, "-Credential");
        if (Credential is not null && Url is null)
            throw new Runai.Client.RunaiInvalidValueException(Runai.Client.InvalidValueKind.Value, Name, "-Url is required with -Credential.");
        var spec = new JsonObject();
        Set(spec, "existingSecretName", ExistingSecretName);
        Set(spec, "url", Url);
        Set(spec, "user", Credential?.UserName);
        return spec;
    }

    protected override void AddSecrets(Asset asset)
    {
        if (Credential is not null) asset.SetSecret("password", Credential.Password);
    }
}
