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
        var fresh = new Entry(typeof(TValue), new Lazy<Task>(() => fetch(cancellationToken)), now + Lifetime);
        // Installed atomically before the fetch starts, so a caller arriving meanwhile finds it and shares the fetch.
        var entry = entries.AddOrUpdate(key, fresh, (_, old) => old.IsUsable<TValue>(now) ? old : fresh);
        try
        {
            return await ((Task<TValue>)entry.Value.Value).ConfigureAwait(false);
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
        if (entries.TryGetValue(key, out var cached) && cached.ExpiresAt > time.GetUtcNow() && cached.Value.IsValueCreated
            && cached.Value.Value is Task<TValue> { Status: TaskStatus.RanToCompletion } known)
        {
            value = known.Result;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>
    /// Drops every entry of the collection at <paramref name="route"/>: the key itself and the keys under it
    /// (<c>route|…</c>, <c>route/…</c>), not those of another route that merely starts the same (<c>route-archive</c>).
    /// </summary>
    public void Invalidate(string route)
    {
        foreach (var key in entries.Keys)
        {
            if (key.StartsWith(route, StringComparison.Ordinal) && (key.Length == route.Length || key[route.Length] is '|' or '/'))
                entries.TryRemove(key, out _);
        }
    }

    private sealed class Entry
    {
        private readonly Type valueType;

        public Entry(Type valueType, Lazy<Task> value, DateTimeOffset expiresAt)
        {
            this.valueType = valueType;
            Value = value;
            ExpiresAt = expiresAt;
        }

        public Lazy<Task> Value { get; }
        public DateTimeOffset ExpiresAt { get; }

        /// <summary>Not expired, of the type asked for, and not failed (a fetch still starting or running counts).</summary>
        public bool IsUsable<TValue>(DateTimeOffset now) =>
            ExpiresAt > now && valueType == typeof(TValue) && (!Value.IsValueCreated || Value.Value is { IsFaulted: false, IsCanceled: false });
    }
}
