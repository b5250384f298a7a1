namespace Runai.Client.Assets;

/// <summary>The groups of asset kinds the module lists together: one Get-/Remove- cmdlet per family.</summary>
public enum AssetFamily
{
    DataSource,
    Credential,
    Compute,
    Environment,
}
