namespace Runai.Emulator.Assets;

/// <summary>
/// One asset kind as the contract serves it: its route under <c>/api/v1/asset</c>, its <c>meta.kind</c>, what its PUT
/// takes and its delete status. Every kind has the same meta + spec shape, so a kind is one line in <see cref="All"/>.
/// </summary>
/// <param name="Family">The family list the kind also appears in (<c>datasource</c>, <c>credentials</c>), if any.</param>
/// <param name="UpdatableSpec">The spec fields PUT takes: null for the whole spec, empty for none.</param>
/// <param name="FamilySpecKey">The key the family list nests the kind's spec under (<c>DatasourceListResponseAssetSpec</c>), if it nests it.</param>
/// <param name="CreateStatus">The create's success status (registries: 201).</param>
/// <param name="UpdateStatus">The PUT's success status (registries: 200).</param>
public sealed record AssetKindRoute(string Route, string Kind, string? Family, string[]? UpdatableSpec, int DeleteStatus = StatusCodes.Status202Accepted,
    string? FamilySpecKey = null, int CreateStatus = StatusCodes.Status202Accepted, int UpdateStatus = StatusCodes.Status202Accepted)
{
    private static readonly string[] None = [];

    public static readonly IReadOnlyList<AssetKindRoute> All =
    [
        new("/asset/datasource/pvc", "pvc", "datasource", ["path"], FamilySpecKey: "pvc"),
        new("/asset/datasource/s3", "s3", "datasource", null, FamilySpecKey: "s3"),
        new("/asset/datasource/git", "git", "datasource", null, FamilySpecKey: "git"),
        new("/asset/datasource/nfs", "nfs", "datasource", null, FamilySpecKey: "nfs"),
        new("/asset/datasource/host-path", "hostPath", "datasource", null, FamilySpecKey: "hostPath"),
        new("/asset/datasource/config-map", "config-map", "datasource", None, FamilySpecKey: "config_map"),
        new("/asset/datasource/secrets", "secret-volume", "datasource", None, FamilySpecKey: "secret"),
        new("/asset/credentials/access-key", "accessKey", "credentials", None),
        new("/asset/credentials/password", "password", "credentials", None),
        new("/asset/credentials/docker-registry", "dockerRegistry", "credentials", None),
        new("/asset/credentials/generic-secret", "genericSecret", "credentials", None, StatusCodes.Status204NoContent),
        new("/asset/credentials/ngc-api-key", "ngcApiKey", "credentials", None, StatusCodes.Status204NoContent),
        new("/asset/compute", "compute", null, null),
        new("/asset/environment", "environment", null, null),
        new("/asset/registries", "registry", null, null, StatusCodes.Status204NoContent, CreateStatus: StatusCodes.Status201Created, UpdateStatus: StatusCodes.Status200OK),
    ];

    /// <summary>Credentials' updates take only a description; their secrets are never stored readable nor echoed.</summary>
    public bool IsCredential => Family == "credentials";
}
