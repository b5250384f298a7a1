using System;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Authentication;

/// <summary>
/// Holds a connection's current token. Refreshes ahead of expiry (60 s for hour-long tokens, a tenth of the lifetime for
/// short-lived ones, so a token is never fetched on every call); shares one in-flight fetch among all callers, who wait
/// for it rather than go on with a stale token.
/// </summary>
public sealed class TokenCache
{
    public static readonly TimeSpan MaxRefreshMargin = TimeSpan.FromSeconds(60);

    private readonly RunaiCredential credential;
    private readonly Func<TokenRequestContext> contextFactory;
    private readonly TimeProvider time;
    private readonly object gate = new();
    private AccessToken? current;
    private Task<AccessToken>? fetch;
    private int fetchCount;

    public TokenCache(RunaiCredential credential, Func<TokenRequestContext> contextFactory, TimeProvider time)
    {
        this.credential = credential;
        this.contextFactory = contextFactory;
        this.time = time;
    }

    /// <summary>The token last obtained (null before the first call).</summary>
    public AccessToken? Current { get { lock (gate) return current; } }

    /// <summary>How many times a token was obtained from the credential.</summary>
    public int FetchCount => Volatile.Read(ref fetchCount);

    /// <summary>How long before expiry a token of this lifetime is refreshed.</summary>
    public static TimeSpan RefreshMargin(AccessToken token)
    {
        if (token.ExpiresOn is not { } expires || token.IssuedOn is not { } issued) return MaxRefreshMargin;
        var tenth = TimeSpan.FromTicks(Math.Max(0, (expires - issued).Ticks / 10));
        return tenth < MaxRefreshMargin ? tenth : MaxRefreshMargin;
    }

    public bool NeedsRefresh(AccessToken token) =>
        token.ExpiresOn is { } expires && time.GetUtcNow() >= expires - RefreshMargin(token);

    /// <summary>
    /// A token to send. <paramref name="rejected"/> is a token the server just refused (401): a new one is fetched unless
    /// another caller already replaced it.
    /// </summary>
    public async Task<AccessToken> GetTokenAsync(AccessToken? rejected, CancellationToken cancellationToken)
    {
        Task<AccessToken> pending;
        lock (gate)
        {
            var replaced = rejected is not null && current is not null && !ReferenceEquals(rejected, current);
            if (current is not null && (replaced || (rejected is null && !NeedsRefresh(current)))) return current;
            if (!credential.CanRefresh && current is not null) return EnsureUsable(current);
            if (fetch is null || fetch.IsCompleted) fetch = Task.Run(FetchAsync, CancellationToken.None);
            pending = fetch;
        }
        return EnsureUsable(await WaitAsync(pending, cancellationToken).ConfigureAwait(false));
    }

    private async Task<AccessToken> FetchAsync()
    {
        // Not tied to any one caller's cancellation: the others still wait for this fetch.
        var token = await credential.GetTokenAsync(contextFactory(), CancellationToken.None).ConfigureAwait(false);
        Interlocked.Increment(ref fetchCount);
        lock (gate) current = token;
        return token;
    }

    private AccessToken EnsureUsable(AccessToken token)
    {
        if (token.ExpiresOn is { } expires && time.GetUtcNow() >= expires)
        {
            var what = credential.Kind switch
            {
                RunaiAuthKind.CliLogin => "The Run:ai CLI login token",
                RunaiAuthKind.BearerToken => "The bearer token this connection was given",
                _ => "The access token",
            };
            var fix = credential.Kind switch
            {
                RunaiAuthKind.CliLogin => "Run 'runai login' and try again.",
                RunaiAuthKind.BearerToken => "Connect again with a fresh token, or with client credentials, which refresh by themselves.",
                _ => "Connect again.",
            };
            throw new RunaiAuthenticationException($"{what} expired at {expires:u}. {fix}");
        }
        return token;
    }

    private static async Task<T> WaitAsync<T>(Task<T> task, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || task.IsCompleted) return await task.ConfigureAwait(false);
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(() => cancelled.TrySetResult(true)))
        {
            if (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false) != task)
                throw new OperationCanceledException(cancellationToken);
        }
        return await task.ConfigureAwait(false);
    }
}
