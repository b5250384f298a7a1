using System;
using System.Net;
using System.Security;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Authentication;

/// <summary>A bearer token given directly. It cannot be refreshed: once it expires, calls fail with a clear error.</summary>
public sealed class BearerTokenCredential : RunaiCredential
{
    private readonly SecureString token;

    public BearerTokenCredential(SecureString token)
    {
        this.token = (token ?? throw new ArgumentNullException(nameof(token))).Copy();
        this.token.MakeReadOnly();
        if (this.token.Length == 0) throw new ArgumentException("The token is empty.", nameof(token));
    }

    public BearerTokenCredential(string token) : this(ClientSecretCredential.ToSecureString(token)) { }

    public override RunaiAuthKind Kind => RunaiAuthKind.BearerToken;
    public override bool CanRefresh => false;

    protected internal override Task<AccessToken> GetTokenAsync(TokenRequestContext context, CancellationToken cancellationToken) =>
        Task.FromResult(AccessToken.FromJwt(new NetworkCredential(string.Empty, token).Password, context.Time.GetUtcNow()));
}
