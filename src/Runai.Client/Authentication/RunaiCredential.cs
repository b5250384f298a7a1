using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Authentication;

/// <summary>Something that can produce access tokens for a control plane.</summary>
public abstract class RunaiCredential
{
    public abstract RunaiAuthKind Kind { get; }

    /// <summary>Whether asking again can produce a different, fresh token (so refresh-ahead and replay-on-401 make sense).</summary>
    public abstract bool CanRefresh { get; }

    /// <summary>
    /// Produces a token. The context's TokenClient reaches the control plane through retry and logging but not
    /// through authentication.
    /// </summary>
    protected internal abstract Task<AccessToken> GetTokenAsync(TokenRequestContext context, CancellationToken cancellationToken);
}

/// <summary>What a credential may use to fetch a token.</summary>
public sealed class TokenRequestContext
{
    internal TokenRequestContext(HttpClient tokenClient, System.TimeProvider time)
    {
        TokenClient = tokenClient;
        Time = time;
    }

    /// <summary>An HttpClient whose BaseAddress is the control plane; it does not add a bearer token.</summary>
    public HttpClient TokenClient { get; }
    public System.TimeProvider Time { get; }
}
