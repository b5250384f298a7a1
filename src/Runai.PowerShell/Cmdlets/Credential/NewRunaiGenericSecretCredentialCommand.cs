using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Text.Json.Nodes;
using Runai.Client;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>Creates a generic secret credential from key = SecureString pairs (plain strings are refused).</summary>
[Cmdlet(VerbsCommon.New, "RunaiGenericSecretCredential", DefaultParameterSetName = ProjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Asset))]
public sealed class NewRunaiGenericSecretCredentialCommand : NewAssetCmdlet
{
    /// <summary>The secret's keys and their values, each a SecureString: @{ token = (Read-Host -AsSecureString) }.</summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Secret { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? ExistingSecretName { get; set; }

    protected override IAssetKind TargetKind => AssetKinds.GenericSecret;

    protected override JsonObject BuildSpec()
    {
        CredentialInput.RequireOne(Secret is { Count: > 0 } ? Secret : null, ExistingSecretName, "-Secret");
        foreach (DictionaryEntry entry in Secret ?? new Hashtable())
        {
            if ((entry.Value is PSObject ps ? ps.BaseObject : entry.Value) is not SecureString)
                throw new RunaiInvalidValueException(InvalidValueKind.Value, entry.Key, $"-Secret value of '{entry.Key}' must be a SecureString (ConvertTo-SecureString or Read-Host -AsSecureString).");
        }
        var spec = new JsonObject();
        Set(spec, "existingSecretName", ExistingSecretName);
        return spec;
    }

    protected override void AddSecrets(Asset asset)
    {
        foreach (var entry in (Secret ?? new Hashtable()).Cast<DictionaryEntry>().OrderBy(e => e.Key.ToString(), System.StringComparer.Ordinal))
            asset.AddSecretPair(entry.Key.ToString()!, (SecureString)(entry.Value is PSObject ps ? ps.BaseObject : entry.Value)!);
    }
}
