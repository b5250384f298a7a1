using System;

namespace Runai.Client.Authentication;

/// <summary>
/// A bearer token and what is known of its lifetime. The token itself is internal: credentials outside this assembly
/// can create one, only the authentication handler reads it, and neither <see cref="ToString"/> nor a serialiser shows it.
/// </summary>
public sealed class AccessToken
{
    public AccessToken(string token, DateTimeOffset? expiresOn, DateTimeOffset? issuedOn)
    {
        Token = token ?? throw new ArgumentNullException(nameof(token));
        ExpiresOn = expiresOn;
        IssuedOn = issuedOn;
    }

    internal string Token { get; }
    public DateTimeOffset? ExpiresOn { get; }
    public DateTimeOffset? IssuedOn { get; }

    /// <summary>Builds the token from a JWT's <c>exp</c>/<c>iat</c> claims; <paramref name="receivedAt"/> stands in for a missing iat.</summary>
    public static AccessToken FromJwt(string jwt, DateTimeOffset receivedAt, int? expiresInSeconds = null)
    {
        var claims = JwtClaims.TryRead(jwt);
        var expires = claims?.ExpiresOn ?? (expiresInSeconds is int s ? receivedAt.AddSeconds(s) : (DateTimeOffset?)null);
        return new AccessToken(jwt, expires, claims?.IssuedOn ?? receivedAt);
    }

    public override string ToString() => ExpiresOn is { } e ? $"AccessToken(expires {e:u})" : "AccessToken(no expiry)";
}
