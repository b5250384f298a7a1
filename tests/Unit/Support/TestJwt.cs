using System.Text;
using Runai.Client.Authentication;

namespace Runai.Tests.Unit.Support;

/// <summary>Unsigned JWTs with chosen lifetimes (the client reads claims; the server checks signatures).</summary>
public static class TestJwt
{
    public static string Create(DateTimeOffset issuedAt, TimeSpan lifetime, string subject = "test")
    {
        string Part(string json) => Base64Url.Encode(Encoding.UTF8.GetBytes(json));
        var payload = $"{{\"sub\":\"{subject}\",\"iat\":{issuedAt.ToUnixTimeSeconds()},\"exp\":{(issuedAt + lifetime).ToUnixTimeSeconds()}}}";
        return $"{Part("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Part(payload)}.sig";
    }

    public static string TokenResponse(string jwt, int expiresIn = 3600) => $"{{\"accessToken\":\"{jwt}\",\"expiresIn\":{expiresIn}}}";
}
