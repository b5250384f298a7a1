using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Assets;

/// <summary>
/// Strict mode's check of what a workload create request takes from assets. The contract's create requests carry no
/// asset ids: a credential arrives as the name of its Kubernetes secret (<c>imagePullSecrets</c>, and the secret
/// fields of S3, Git and secret storage items), so each such name must be the secret of a credential that exists.
/// </summary>
public static class AssetReferences
{
    private static readonly (string List, string Field)[] StorageSecrets = [("s3", "accessKeySecret"), ("git", "passwordSecret"), ("secretVolume", "secret")];

    /// <exception cref="ApiProblem">400 naming the first secret no credential has.</exception>
    public static void Check(AssetStores stores, JsonObject body)
    {
        if (body["spec"] is not JsonObject spec) return;
        var referenced = new List<(string Where, string Name)>();
        foreach (var item in (spec["imagePullSecrets"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Excluded(item) || item["userCredential"] is JsonValue user && user.TryGetValue<bool>(out var u) && u) continue;
            if (item.GetString("name") is { } name) referenced.Add(("spec.imagePullSecrets", name));
        }
        if (spec["storage"] is JsonObject storage)
        {
            foreach (var (list, field) in StorageSecrets)
            {
                foreach (var item in (storage[list] as JsonArray ?? []).OfType<JsonObject>())
                {
                    if (!Excluded(item) && item.GetString(field) is { } name) referenced.Add(($"spec.storage.{list}[].{field}", name));
                }
            }
        }
        if (referenced.Count == 0) return;
        var secrets = stores.InFamily("credentials").Select(AssetCollection.SecretName).ToHashSet(StringComparer.Ordinal);
        foreach (var (where, name) in referenced)
        {
            if (!secrets.Contains(name)) throw ApiProblem.BadRequest($"{where}: no credential has the secret '{name}'.");
        }
    }

    private static bool Excluded(JsonObject item) => item["exclude"] is JsonValue exclude && exclude.TryGetValue<bool>(out var e) && e;
}
