using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Runai.Client.Assets;

namespace Runai.Client.Workloads;

/// <summary>
/// The assets a workload is submitted with, as its <c>spec</c> takes them. The create requests of
/// <c>/api/v1/workloads/{kind}</c> have no asset ids (only <c>templateId</c>): an environment asset's fields, a compute
/// asset's fields, each data source as a <c>storage</c> item and a credential's Kubernetes secret as an
/// <c>imagePullSecrets</c> item are copied in. The result is the base that -Spec and the parameters are written over.
/// </summary>
public sealed class WorkloadAssets
{
    /// <summary>Each data source kind's <c>storage</c> list and the fields its asset spec shares with that list's items.</summary>
    private static readonly Dictionary<string, (string List, string[] Fields)> Storage = new(StringComparer.Ordinal)
    {
        [AssetKinds.Pvc.ContractKind] = ("pvc", new[] { "claimInfo", "claimName", "dataSharing", "ephemeral", "existingPvc", "path", "readOnly" }),
        [AssetKinds.S3.ContractKind] = ("s3", new[] { "bucket", "path", "url" }),
        [AssetKinds.Git.ContractKind] = ("git", new[] { "branch", "path", "repository", "revision" }),
        [AssetKinds.Nfs.ContractKind] = ("nfs", new[] { "mountPath", "path", "readOnly", "server" }),
        [AssetKinds.HostPath.ContractKind] = ("hostPath", new[] { "mountPath", "mountPropagation", "path", "readOnly" }),
        [AssetKinds.ConfigMap.ContractKind] = ("configMapVolume", new[] { "configMap", "defaultMode", "mountPath", "subPath" }),
        [AssetKinds.Secret.ContractKind] = ("secretVolume", new[] { "defaultMode", "mountPath" }),
    };

    /// <summary>Asset spec fields that name a credential, and the storage item field that takes the credential's secret.</summary>
    private static readonly (string AssetField, string SecretField)[] CredentialReferences =
    {
        ("accessKeyAssetId", "accessKeySecret"), ("passwordAssetId", "passwordSecret"), ("credentialAssetId", "secret"),
    };

    public Asset? Environment { get; set; }
    public Asset? Compute { get; set; }
    public IList<Asset> DataSources { get; } = new List<Asset>();

    /// <summary>The Kubernetes secret of the image-pull (docker registry) credential.</summary>
    public string? ImagePullSecret { get; set; }

    /// <summary>The Kubernetes secret of each credential a data source names, by the credential's id.</summary>
    public IDictionary<string, string> CredentialSecrets { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public bool IsEmpty => Environment is null && Compute is null && DataSources.Count == 0 && ImagePullSecret is null;

    /// <summary>The credential ids the data sources name (their secrets go into <see cref="CredentialSecrets"/>).</summary>
    public IEnumerable<string> CredentialIds() =>
        DataSources.SelectMany(d => CredentialReferences.Select(r => d.SpecJson?[r.AssetField]?.GetValue<string>())).OfType<string>().Distinct();

    /// <summary>The workload <c>spec</c> the assets make.</summary>
    public JsonObject ToSpec()
    {
        var spec = Environment?.SpecJson is { } environment ? EnvironmentSpec.ToWorkloadSpec(environment) : new JsonObject();
        if (Compute?.SpecJson is { } compute)
        {
            var fields = ComputeSpec.ToWorkloadCompute(compute);
            if (fields.Count > 0) spec["compute"] = fields;
        }
        if (DataSources.Count > 0)
        {
            var storage = new JsonObject();
            foreach (var source in DataSources)
            {
                if (source.Meta.Kind is not { } kind || !Storage.TryGetValue(kind, out var target)) continue;
                var item = new JsonObject { ["name"] = source.Name };
                foreach (var field in target.Fields)
                {
                    if (source.SpecJson?[field] is { } value) item[field] = value.DeepClone();
                }
                foreach (var (assetField, secretField) in CredentialReferences)
                {
                    if (source.SpecJson?[assetField]?.GetValue<string>() is { } id && CredentialSecrets.TryGetValue(id, out var secret)) item[secretField] = secret;
                }
                if (storage[target.List] is not JsonArray list) storage[target.List] = list = new JsonArray();
                list.Add(item);
            }
            if (storage.Count > 0) spec["storage"] = storage;
        }
        if (ImagePullSecret is not null) spec["imagePullSecrets"] = new JsonArray(new JsonObject { ["name"] = ImagePullSecret });
        return spec;
    }

    /// <summary>
    /// Writes <paramref name="over"/> onto <paramref name="under"/>: objects field by field, lists of named items
    /// (variables, storage items, pull secrets) item by name, anything else replaced.
    /// </summary>
    public static JsonObject Merge(JsonObject under, JsonObject? over)
    {
        if (over is null) return under;
        foreach (var pair in over)
        {
            under[pair.Key] = (under[pair.Key], pair.Value) switch
            {
                (JsonObject a, JsonObject b) => Merge((JsonObject)a.DeepClone(), b),
                (JsonArray a, JsonArray b) when Named(a) && Named(b) => MergeNamed(a, b),
                _ => pair.Value?.DeepClone(),
            };
        }
        return under;
    }

    private static bool Named(JsonArray items) => items.All(i => i is JsonObject o && o["name"] is JsonValue);

    private static JsonArray MergeNamed(JsonArray under, JsonArray over)
    {
        var names = new HashSet<string>(over.Select(i => i!["name"]!.ToString()), StringComparer.Ordinal);
        var result = new JsonArray(under.Where(i => !names.Contains(i!["name"]!.ToString())).Select(i => i?.DeepClone()).ToArray());
        foreach (var item in over) result.Add(item?.DeepClone());
        return result;
    }
}
