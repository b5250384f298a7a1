using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runai.Emulator.Admin;

/// <summary>Replaces the values of secret-like fields (name containing password, secret, token or key) with "***".</summary>
public static class SecretRedactor
{
    public const string Mask = "***";
    private static readonly string[] SecretWords = ["password", "secret", "token", "key"];

    public static bool IsSecretName(string name) =>
        SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The redacted JSON body; a non-JSON body is described, never copied, since it cannot be redacted.</summary>
    public static JsonNode? RedactBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return JsonValue.Create($"<{body.Length} characters of non-JSON content>");
        }
        Redact(node);
        return node;
    }

    /// <summary>The raw query string (without '?') with the values of secret-like parameters masked.</summary>
    public static string RedactQuery(string query)
    {
        if (query.StartsWith('?')) query = query[1..];
        if (query.Length == 0) return "";
        return string.Join('&', query.Split('&').Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            return equals >= 0 && IsSecretName(name) ? pair[..equals] + "=" + Mask : pair;
        }));
    }

    private static void Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToArray())
                {
                    if (IsSecretName(name)) obj[name] = Mask;
                    else Redact(obj[name]);
                }
                break;
            case JsonArray array:
                foreach (var item in array) Redact(item);
                break;
        }
    }
}
