using System;
using System.Text;
using System.Text.Json;

namespace Runai.Client.Authentication;

/// <summary>The lifetime claims of a JWT, read without validating its signature (the server validates it).</summary>
public sealed class JwtClaims
{
    private JwtClaims(DateTimeOffset? expiresOn, DateTimeOffset? issuedOn)
    {
        ExpiresOn = expiresOn;
        IssuedOn = issuedOn;
    }

    public DateTimeOffset? ExpiresOn { get; }
    public DateTimeOffset? IssuedOn { get; }

    /// <summary>Null when <paramref name="jwt"/> is not a JWT with a JSON payload.</summary>
    public static JwtClaims? TryRead(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3) return null;
        try
        {
            using var payload = JsonDocument.Parse(Base64Url.Decode(parts[1]));
            if (payload.RootElement.ValueKind != JsonValueKind.Object) return null;
            return new JwtClaims(ReadTime(payload.RootElement, "exp"), ReadTime(payload.RootElement, "iat"));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static DateTimeOffset? ReadTime(JsonElement payload, string claim) =>
        payload.TryGetProperty(claim, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}

/// <summary>base64url (RFC 4648 §5), as JWTs and the Run:ai CLI's files use it.</summary>
public static class Base64Url
{
    public static byte[] Decode(string text)
    {
        var s = text.Trim().Replace('-', '+').Replace('_', '/');
        switch (s.Length % 4)
        {
            case 2: s += "=="; break;
            case 3: s += "="; break;
            case 1: throw new FormatException("Not valid base64url text.");
        }
        return Convert.FromBase64String(s);
    }

    public static string DecodeText(string text) => Encoding.UTF8.GetString(Decode(text));

    public static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
