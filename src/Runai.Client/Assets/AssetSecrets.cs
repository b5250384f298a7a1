using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Security;
using System.Text.Json.Nodes;

namespace Runai.Client.Assets;

/// <summary>
/// The credential fields the contract takes on create and that never leave a request: they are written into the body
/// from SecureString at the last moment, and removed from every answer, so no asset object ever holds one.
/// </summary>
public static class AssetSecrets
{
    /// <summary>Spec fields whose value is a secret (access key, password, docker registry, NGC API key).</summary>
    public static readonly IReadOnlyCollection<string> Fields = new[] { "secretAccessKey", "password", "ngc_api_key" };

    /// <summary>The generic secret's list of <c>{ key, value }</c>: the keys are shown, the values are secrets.</summary>
    public const string PairsField = "keyValuePairs";

    /// <summary>The spec without any secret value (a server that echoes one is not believed).</summary>
    public static JsonObject? Strip(JsonObject? spec)
    {
        if (spec is null) return null;
        foreach (var field in Fields) spec.Remove(field);
        if (spec[PairsField] is JsonArray pairs)
        {
            foreach (var pair in pairs.OfType<JsonObject>()) pair.Remove("value");
        }
        return spec;
    }

    /// <summary>The secret's text, for the request body only.</summary>
    internal static string Reveal(SecureString secret) => new NetworkCredential(string.Empty, secret).Password;

    internal static void Write(JsonObject spec, IReadOnlyDictionary<string, SecureString> fields, IReadOnlyList<KeyValuePair<string, SecureString>> pairs)
    {
        foreach (var field in fields) spec[field.Key] = Reveal(field.Value);
        if (pairs.Count == 0) return;
        spec[PairsField] = new JsonArray(pairs.Select(p => (JsonNode?)new JsonObject { ["key"] = p.Key, ["value"] = Reveal(p.Value) }).ToArray());
    }

    internal static void RequireSecretField(string field)
    {
        if (!Fields.Contains(field, StringComparer.Ordinal))
            throw new ArgumentException($"'{field}' is not a credential secret field.", nameof(field));
    }
}
