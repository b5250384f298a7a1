using System.Management.Automation;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>
/// Creates a container registry: its url and the user and password it is read with, given as a PSCredential whose
/// password is sent only in the create request and never returned.
/// </summary>
[Cmdlet(VerbsCommon.New, "RunaiRegistry", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiRegistryCommand : NewAssetCmdlet
{
    /// <summary>The registry's base url, e.g. https://nvcr.io.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Url { get; set; } = "";

    /// <summary>The user name and password (the contract's only credential kind, <c>password</c>).</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.Registry;

    protected override JsonObject BuildSpec() => new() { ["url"] = Url, ["credentialKind"] = "password", ["user"] = Credential!.UserName };

    protected override void AddSecrets(Asset asset) => asset.SetSecret("password", Credential!.Password);
}
