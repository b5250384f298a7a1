using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runai.Client.Diagnostics;

/// <summary>
/// Makes requests and bodies safe to log. Query values are shown only for names on an allow-list; JSON body fields whose
/// name looks like a secret are replaced, at any depth.
/// </summary>
public static class Redactor
{
    public const string Mask = "***";

    /// <summary>Body text beyond this many characters is cut (Debug output stays readable).</summary>
    public const int MaxBodyChars = 4096;

    private static readonly HashSet<string> SafeQueryNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "offset", "limit", "filterBy", "sortBy", "sortOrder", "search", "verbosity", "deleted", "includeDeleted",
        "includeRequestedForDelete", "clusterId", "clusterUuid", "projectId", "departmentId", "nodepoolName", "start", "end",
        "numberOfSamples", "metricType", "telemetryType", "type", "groupBy", "completed", "nodepoolId", "fields",
    };

    private static readonly string[] SecretNameParts = { "password", "secret", "token", "key", "authorization", "credential" };

    public static bool IsSecretName(string name) =>
        SecretNameParts.Any(part => name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>Path and query for a log line: unknown query names keep their name but lose their value.</summary>
    public static string PathAndQuery(Uri uri)
    {
        var path = uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];
        var query = uri.IsAbsoluteUri ? uri.Query : (uri.OriginalString.Contains('?') ? uri.OriginalString.Substring(uri.OriginalString.IndexOf('?')) : "");
        if (query.Length <= 1) return path;
        var parts = query.Substring(1).Split('&').Select(pair =>
        {
            var eq = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair.Substring(0, eq));
            return SafeQueryNames.Contains(name) && !IsSecretName(name) ? pair : (eq < 0 ? pair : pair.Substring(0, eq) + "=" + Mask);
        });
        return path + "?" + string.Join("&", parts);
    }

    /// <summary>A body for Debug output: JSON with secret-named fields masked, cut at <see cref="MaxBodyChars"/>.</summary>
    public static string Body(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "(empty)";
        string safe;
        try
        {
            var node = JsonNode.Parse(text!);
            safe = node is null ? "null" : MaskSecrets(node).ToJsonString();
        }
        catch (JsonException)
        {
            safe = $"(non-JSON content, {text!.Length} characters)";
        }
        return safe.Length <= MaxBodyChars ? safe : safe.Substring(0, MaxBodyChars) + $"… ({safe.Length - MaxBodyChars} more characters)";
    }

    /// <summary>
    /// Masks, in place and at any depth, the scalar values of secret-named fields and the values of name/value pairs
    /// whose name looks secret; returns <paramref name="node"/>. The emulator's request log uses it too, so both mask
    /// the same names.
    /// </summary>
    public static JsonNode MaskSecrets(JsonNode node)
    {
        if (node is null) throw new ArgumentNullException(nameof(node));
        switch (node)
        {
            case JsonObject obj:
                // Name/value pairs (environment variables, labels) carry the secret's name in "name": mask the value.
                var pairIsSecret = PairIsSecret(obj);
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    var value = obj[name];
                    var scalar = value is not null && value is not JsonObject && value is not JsonArray;
                    if (scalar && (IsSecretName(name) || (pairIsSecret && name == "value"))) obj[name] = Mask;
                    else if (value is not null) MaskSecrets(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array) if (item is not null) MaskSecrets(item);
                break;
        }
        return node;
    }

    /// <summary>
    /// The secret values a request carried: its bearer token, and the values of secret-named query parameters and JSON
    /// body fields. A server (or proxy) that echoes the request in its answer must not pass them on.
    /// </summary>
    public static IReadOnlyList<string> SecretsOf(System.Net.Http.HttpRequestMessage? request)
    {
        var secrets = new List<string>();
        if (request is null) return secrets;
        if (request.Headers.Authorization?.Parameter is { Length: > 0 } token) secrets.Add(token);
        if (request.RequestUri is { } uri)
        {
            var query = uri.IsAbsoluteUri ? uri.Query : (uri.OriginalString.Contains('?') ? uri.OriginalString.Substring(uri.OriginalString.IndexOf('?')) : "");
            foreach (var pair in query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=');
                if (eq > 0 && IsSecretName(Uri.UnescapeDataString(pair.Substring(0, eq)))) secrets.Add(Uri.UnescapeDataString(pair.Substring(eq + 1)));
            }
        }
        if (request.Content is System.Net.Http.StringContent or System.Net.Http.ByteArrayContent)
        {
            try
            {
                var text = request.Content.ReadAsStringAsync().GetAwaiter().GetResult(); // buffered content: no I/O
                if (JsonNode.Parse(text) is { } body) CollectSecrets(body, secrets);
            }
            catch (Exception e) when (e is JsonException or ObjectDisposedException or InvalidOperationException)
            {
                // Not JSON, or no longer readable: nothing named as a secret to collect.
            }
        }
        return secrets;
    }

    // A name/value pair whose name looks secret, or a key/value pair (a generic secret's keyValuePairs): any key's value is a secret.
    private static bool PairIsSecret(JsonObject obj) =>
        (obj["name"] is JsonValue pairName && pairName.TryGetValue<string>(out var text) && IsSecretName(text)) || obj.ContainsKey("key");

    private static void CollectSecrets(JsonNode node, List<string> secrets)
    {
        switch (node)
        {
            case JsonObject obj:
                var pairIsSecret = PairIsSecret(obj);
                foreach (var property in obj)
                {
                    if (property.Value is JsonValue value && value.TryGetValue<string>(out var s) && (IsSecretName(property.Key) || (pairIsSecret && property.Key == "value")))
                        secrets.Add(s);
                    else if (property.Value is not null) CollectSecrets(property.Value, secrets);
                }
                break;
            case JsonArray array:
                foreach (var item in array) if (item is not null) CollectSecrets(item, secrets);
                break;
        }
    }

    /// <summary>Replaces occurrences of known secret values in free text (e.g. an echoed server message).</summary>
    public static string Scrub(string text, IEnumerable<string?> secrets)
    {
        var builder = new StringBuilder(text);
        foreach (var secret in secrets)
            if (!string.IsNullOrEmpty(secret) && secret!.Length >= 4) builder.Replace(secret, Mask);
        return builder.ToString();
    }
}
