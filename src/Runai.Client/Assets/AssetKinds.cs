using System;
using System.Collections.Generic;
using System.Linq;
using Runai.Client.Resources;

namespace Runai.Client.Assets;

/// <summary>Every asset kind the module serves, one line each: (family, name, contract kind, route segment, schema).</summary>
public static class AssetKinds
{
    private static readonly string[] None = Array.Empty<string>();

    public static readonly AssetKind Pvc = DataSource("Pvc", "pvc", "pvc", "PVC", "PVCAsset", updatable: new[] { "path" });
    public static readonly AssetKind S3 = DataSource("S3", "s3", "s3", "S3", "S3Asset");
    public static readonly AssetKind Git = DataSource("Git", "git", "git", "Git", "GitAsset");
    public static readonly AssetKind Nfs = DataSource("Nfs", "nfs", "nfs", "NFS", "NFSAsset");
    public static readonly AssetKind HostPath = DataSource("HostPath", "hostPath", "host-path", "host path", "HostPathAsset");
    public static readonly AssetKind ConfigMap = DataSource("ConfigMap", "config-map", "config-map", "config map", "ConfigMapAsset", updatable: None);
    public static readonly AssetKind Secret = DataSource("Secret", "secret-volume", "secrets", "secret", "SecretAsset", updatable: None);

    public static readonly AssetKind AccessKey = Credential("AccessKey", "accessKey", "access-key", "access key", "AccessKey", 202);
    public static readonly AssetKind Password = Credential("Password", "password", "password", "password", "Password", 202);
    public static readonly AssetKind DockerRegistry = Credential("DockerRegistry", "dockerRegistry", "docker-registry", "docker registry", "DockerRegistry", 202);
    public static readonly AssetKind GenericSecret = Credential("GenericSecret", "genericSecret", "generic-secret", "generic secret", "GenericSecret", 204);
    public static readonly AssetKind NgcApiKey = Credential("NgcApiKey", "ngcApiKey", "ngc-api-key", "NGC API key", "NgcApiKey", 204);

    public static readonly AssetKind Compute = Define(AssetFamily.Compute, "Compute", "compute", "api/v1/asset/compute", "compute asset", "ComputeAsset", 202, null);
    public static readonly AssetKind Environment =
        Define(AssetFamily.Environment, "Environment", "environment", "api/v1/asset/environment", "environment asset", "EnvironmentAsset", 202, null);

    /// <summary>A container registry: its url and the user and password (a secret) it is read with; the update takes its name, description and url.</summary>
    public static readonly AssetKind Registry = new(AssetFamily.Registry, "Registry", "registry", "api/v1/asset/registries", "registry",
        AssetResource.Kind("api/v1/asset/registries", "registry", "Registry", 204, createStatus: 201, updateStatus: 200), null);

    public static readonly IReadOnlyList<AssetKind> All = new[]
    {
        Pvc, S3, Git, Nfs, HostPath, ConfigMap, Secret, AccessKey, Password, DockerRegistry, GenericSecret, NgcApiKey, Compute, Environment, Registry,
    };

    /// <summary>Every data source of every kind in one list (<c>GET /api/v1/asset/datasource</c>); it has no other operation.</summary>
    public static readonly ResourceDescriptor<Asset> DataSources =
        AssetResource.FamilyList("api/v1/asset/datasource", "data source", "DatasourceListResponseEntry", SegmentsOf(AssetFamily.DataSource));

    /// <summary>Every credential of every kind in one list (<c>GET /api/v1/asset/credentials</c>); it has no other operation.</summary>
    public static readonly ResourceDescriptor<Asset> Credentials =
        AssetResource.FamilyList("api/v1/asset/credentials", "credential", "CredentialsListResponseEntry", SegmentsOf(AssetFamily.Credential));

    public static AssetKind? FromContractKind(string? contractKind) => All.FirstOrDefault(k => k.ContractKind == contractKind);

    public static AssetKind? FromName(string? name) => All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<AssetKind> Of(AssetFamily family) => All.Where(k => k.Family == family).ToList();

    /// <summary>The family's catalog for the shared cmdlets; only the data source list narrows by id (<c>assetIds</c>).</summary>
    internal static AssetCatalog<Asset> CatalogOf(AssetFamily family) =>
        Catalogs.TryGetValue(family, out var catalog) ? catalog : throw new ArgumentOutOfRangeException(nameof(family), family, "Not an asset family of AssetKinds.");

    private static readonly Dictionary<AssetFamily, AssetCatalog<Asset>> Catalogs =
        new[] { AssetFamily.DataSource, AssetFamily.Credential, AssetFamily.Compute, AssetFamily.Environment, AssetFamily.Registry }.ToDictionary(f => f,
            f => new AssetCatalog<Asset>(f, Of(f), ListOf(f), f == AssetFamily.DataSource ? "assetIds" : null));

    internal static ResourceDescriptor<Asset> ListOf(AssetFamily family) => family switch
    {
        AssetFamily.DataSource => DataSources,
        AssetFamily.Credential => Credentials,
        AssetFamily.Compute => Compute.Descriptor,
        AssetFamily.Registry => Registry.Descriptor,
        _ => Environment.Descriptor,
    };

    /// <summary>The last route segment of each kind of the family (declared above, so <see cref="All"/> is already set).</summary>
    private static string[] SegmentsOf(AssetFamily family) => Of(family).Select(k => k.Route.Substring(k.Route.LastIndexOf('/') + 1)).ToArray();

    private static AssetKind DataSource(string name, string contractKind, string segment, string label, string schema, IReadOnlyCollection<string>? updatable = null) =>
        Define(AssetFamily.DataSource, name, contractKind, "api/v1/asset/datasource/" + segment, label + " data source", schema, 202, updatable);

    private static AssetKind Credential(string name, string contractKind, string segment, string label, string schema, int deleteStatus) =>
        Define(AssetFamily.Credential, name, contractKind, "api/v1/asset/credentials/" + segment, label + " credential", schema, deleteStatus, None);

    private static AssetKind Define(AssetFamily family, string name, string contractKind, string route, string noun, string schema, int deleteStatus,
        IReadOnlyCollection<string>? updatable) =>
        new(family, name, contractKind, route, noun, AssetResource.Kind(route, noun, schema, deleteStatus), updatable);
}
