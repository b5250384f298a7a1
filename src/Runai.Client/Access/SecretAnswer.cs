using System.Security;
using System.Text.Json.Serialization;

namespace Runai.Client.Access;

/// <summary>
/// The parts of a create or regenerate answer that carry a one-time secret (<c>UserPostResponse</c>,
/// <c>ServiceAccountPostResponse</c>, <c>AccessKeyPostResponse</c>, and the reset answers). Internal: the plain text
/// leaves only as a SecureString.
/// </summary>
internal sealed class SecretAnswer
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("username")] public string? Username { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("clientId")] public string? ClientId { get; set; }
    [JsonPropertyName("tempPassword")] public string? TempPassword { get; set; }
    [JsonPropertyName("clientSecret")] public string? ClientSecret { get; set; }

    public static SecureString? Protect(string? plain)
    {
        if (plain is null) return null;
        var secure = new SecureString();
        foreach (var c in plain) secure.AppendChar(c);
        secure.MakeReadOnly();
        return secure;
    }
}
