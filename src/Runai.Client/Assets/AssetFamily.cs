namespace Runai.Client.Assets;

/// <summary>The groups of asset kinds the module lists together: one Get-/Remove- cmdlet per family.</summary>
public enum AssetFamily
{
    DataSource,
    Credential,
    Compute,
    Environment,

    /// <summary>Container registries (<c>/api/v1/asset/registries</c>), whose repositories and tags can be listed.</summary>
    Registry,

    /// <summary>Workload templates (<c>/api/v1/workload-templates</c>), one kind per workload kind.</summary>
    Template,
}
