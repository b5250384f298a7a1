using System.Text.Json;
using System.Text.Json.Nodes;
using Runai.Client.Diagnostics;

namespace Runai.Emulator.Admin;

/// <summary>
/// The request log's redaction: the module's own <see cref="Redactor"/> decides which names are secret (password,
/// secret, token, key, authorization, credential, in any case) and masks JSON bodies, so the emulator shows exactly
/// what the module's -Debug output would hide. The log keeps no headers (only whether a bearer token came).
/// </summary>
public static class SecretRedactor
{
    public const string Mask = Redactor.Mask;

    public static bool IsSecretName(string name) => Redactor.IsSecretName(name);

    /// <summary>
    /// The redacted JSON body; a form-encoded body (the v2 token request) with its secret-named values masked; any other
    /// body is described, never copied, since it cannot be redacted.
    /// </summary>
    public static JsonNode? RedactBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            var node = JsonNode.Parse(body);
            return node is null ? null : Redactor.MaskSecrets(node);
        }
        catch (JsonException)
        {
            return IsForm(body) ? JsonValue.Create(RedactQuery(body)) : JsonValue.Create($"<{body.Length} characters of non-JSON content>");
        }
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

    // name=value pairs joined by '&', nothing else (no spaces, braces or line breaks).
    private static bool IsForm(string body) =>
        body.Contains('=', StringComparison.Ordinal) && body.All(c => c > ' ' && c != '{' && c != '[' && c != '"');
}
