using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client;

/// <summary>
/// Lookups a connection repeats for display or name resolution (cluster names, department names, a cluster's node
/// pools), kept for a short time and dropped when the module itself writes to that collection. Concurrent callers of
/// one key share one fetch.
/// </summary>
public sealed class ConnectionCache
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly TimeProvider time;

    internal ConnectionCache(TimeProvider time, TimeSpan lifetime)
    {
        this.time = time;
        Lifetime = lifetime;
    }

    public TimeSpan Lifetime { get; }

    /// <summary>The cached value of <paramref name="key"/>, or the one <paramref name="fetch"/> returns (a failed fetch is not kept).</summary>
    public async Task<TValue> GetOrAddAsync<TValue>(string key, Func<CancellationToken, Task<TValue>> fetch, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (entries.TryGetValue(key, out var cached) && cached.ExpiresAt > now && cached.Value is Task<TValue> known && !known.IsFaulted && !known.IsCanceled)
            return await known.ConfigureAwait(false);
        var entry = new Entry(fetch(cancellationToken), now + Lifetime);
        entries[key] = entry;
        try
        {
            return await ((Task<TValue>)entry.Value).ConfigureAwait(false);
        }
        catch
        {
            ((ICollection<KeyValuePair<string, Entry>>)entries).Remove(new KeyValuePair<string, Entry>(key, entry)); // only this fetch's entry
            throw;
        }
    }

    /// <summary>The cached value of <paramref name="key"/> when one is known and fresh, without fetching.</summary>
    public bool TryGet<TValue>(string key, out TValue value)
    {
        if (entries.TryGetValue(key, out var cached) && cached.ExpiresAt > time.GetUtcNow()
            && cached.Value is Task<TValue> { Status: TaskStatus.RanToCompletion } known)
        {
            value = known.Result;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>Drops every entry of the collection at <paramref name="route"/> (keys start with the route).</summary>
    public void Invalidate(string route)
    {
        foreach (var key in entries.Keys)
        {
            if (key.StartsWith(route, StringComparison.Ordinal)) entries.TryRemove(key, out _);
        }
    }

    public void Clear() => entries.Clear();

    private sealed class Entry
    {
        public Entry(Task value, DateTimeOffset expiresAt)
        {
            Value = value;
            ExpiresAt = expiresAt;
        }

        public Task Value { get; }
        public DateTimeOffset ExpiresAt { get; }
    }
}
