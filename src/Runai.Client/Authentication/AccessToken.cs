using System;

namespace Runai.Client.Authentication;

/// <summary>A bearer token and what is known of its lifetime. <see cref="ToString"/> never shows the token.</summary>
public sealed class AccessToken
{
    public AccessToken(string token, DateTimeOffset? expiresOn, DateTimeOffset? issuedOn)
    {
        Token = token ?? throw new ArgumentNullException(nameof(token));
        ExpiresOn = expiresOn;
        IssuedOn = issuedOn;
    }

    public string Token { get; }
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
