using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Runai.Client;
using Runai.Client.Organization;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client.Resources;

/// <summary>Short-lived lookups on a connection: expiry on the injected clock, one shared fetch, failures not kept, writes invalidate their collection.</summary>
public sealed class ConnectionCacheTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30); // only ever reached when a test fails

    private static ConnectionCache NewCache(TimeProvider time) => new(time, TimeSpan.FromSeconds(30));

    [Fact]
    public async Task An_entry_is_reused_until_its_lifetime_has_passed()
    {
        var time = new FakeTimeProvider(Api.Start);
        var cache = NewCache(time);
        var fetches = 0;
        Task<int> Fetch(CancellationToken _) => Task.FromResult(Interlocked.Increment(ref fetches));

        Assert.Equal(1, await cache.GetOrAddAsync("k", Fetch));
        time.Advance(cache.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(1, await cache.GetOrAddAsync("k", Fetch));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await cache.GetOrAddAsync("k", Fetch));
        Assert.Equal(2, await cache.GetOrAddAsync("k", Fetch));
        Assert.Equal(2, fetches);
    }

    [Fact]
    public async Task Callers_of_one_key_while_its_fetch_is_pending_share_that_fetch()
    {
        var cache = NewCache(new FakeTimeProvider(Api.Start));
        var answer = new TaskCompletionSource<string>();
        var fetches = 0;
        Task<string> Fetch(CancellationToken _)
        {
            Interlocked.Increment(ref fetches);
            return answer.Task;
        }

        var callers = Enumerable.Range(0, 5).Select(_ => cache.GetOrAddAsync("k", Fetch)).ToList();
        var other = cache.GetOrAddAsync("other", _ => Task.FromResult("o"));
        answer.SetResult("v");

        Assert.Equal(new[] { "v", "v", "v", "v", "v" }, await Task.WhenAll(callers));
        Assert.Equal("o", await other);
        Assert.Equal(1, fetches);
    }

    [Fact]
    public async Task A_caller_arriving_while_the_first_fetch_is_still_starting_shares_it()
    {
        var time = new EnteringTime(Api.Start);
        var cache = NewCache(time);
        var firstInFetch = new TaskCompletionSource();
        var fetches = 0;
        Task<int> Fetch(CancellationToken _)
        {
            var n = Interlocked.Increment(ref fetches);
            if (n == 1)
            {
                // The first fetch is still in its synchronous start (building the request, say) when the second caller arrives.
                firstInFetch.SetResult();
                Assert.True(time.Entered.Wait(Guard)); // this caller's own entry
                Assert.True(time.Entered.Wait(Guard)); // the second caller's
            }
            return Task.FromResult(n);
        }

        var first = Task.Run(() => cache.GetOrAddAsync("k", Fetch));
        await firstInFetch.Task.WaitAsync(Guard);
        var second = Task.Run(() => cache.GetOrAddAsync("k", Fetch));

        Assert.Equal(new[] { 1, 1 }, await Task.WhenAll(first, second).WaitAsync(Guard));
        Assert.Equal(1, fetches);
    }

    [Fact]
    public async Task A_failed_fetch_is_not_kept()
    {
        var cache = NewCache(new FakeTimeProvider(Api.Start));
        var fetches = 0;
        async Task<string> Fetch(CancellationToken _)
        {
            await Task.Yield();
            return Interlocked.Increment(ref fetches) == 1 ? throw new HttpRequestException("down") : "v";
        }

        await Assert.ThrowsAsync<HttpRequestException>(() => cache.GetOrAddAsync("k", Fetch));
        Assert.Equal("v", await cache.GetOrAddAsync("k", Fetch));
        Assert.Equal("v", await cache.GetOrAddAsync("k", Fetch));
        Assert.Equal(2, fetches);
    }

    [Fact]
    public async Task A_fetch_that_throws_before_its_first_await_is_not_kept()
    {
        var cache = NewCache(new FakeTimeProvider(Api.Start));
        var fetches = 0;
        Task<string> Fetch(CancellationToken _) =>
            Interlocked.Increment(ref fetches) == 1 ? throw new InvalidOperationException("bad") : Task.FromResult("v");

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrAddAsync("k", Fetch));
        Assert.Equal("v", await cache.GetOrAddAsync("k", Fetch));
        Assert.Equal(2, fetches);
    }

    [Fact]
    public async Task Invalidating_a_route_drops_its_keys_but_not_those_of_a_route_that_merely_starts_the_same()
    {
        var cache = NewCache(new FakeTimeProvider(Api.Start));
        var fetches = new Dictionary<string, int>();
        Task<int> Fetch(string key) => cache.GetOrAddAsync(key, _ => Task.FromResult(fetches[key] = fetches.GetValueOrDefault(key) + 1));
        var keys = new[] { "api/v1/things", "api/v1/things|all", "api/v1/things|name|c|dev", "api/v1/things|name|c|dev-team", "api/v1/things-archive|all" };
        foreach (var key in keys) await Fetch(key);

        cache.Invalidate("api/v1/things");
        foreach (var key in keys) await Fetch(key);
        cache.Invalidate("api/v1/things|name|c|dev");
        foreach (var key in keys) await Fetch(key);

        Assert.Equal(2, fetches["api/v1/things"]);
        Assert.Equal(2, fetches["api/v1/things|all"]);
        Assert.Equal(3, fetches["api/v1/things|name|c|dev"]);
        Assert.Equal(2, fetches["api/v1/things|name|c|dev-team"]);
        Assert.Equal(1, fetches["api/v1/things-archive|all"]);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("update")]
    [InlineData("patch")]
    [InlineData("delete")]
    public async Task A_write_through_the_client_invalidates_its_collection_and_no_other(string write)
    {
        const string Pool = """{"id":"p1","name":"pool","clusterId":"c","labelKey":"k"}""";
        var transport = Api.Transport((request, _) => request.Method == HttpMethod.Delete
            ? Api.Status(HttpStatusCode.NoContent)
            : ScriptedTransport.Json(request.Method == HttpMethod.Post ? HttpStatusCode.Created : HttpStatusCode.OK, Pool));
        using var connection = TestConnections.Create(transport);
        var fetches = new Dictionary<string, int>();
        Task<int> Lookup(string key) => connection.Cache.GetOrAddAsync(key, _ => Task.FromResult(fetches[key] = fetches.GetValueOrDefault(key) + 1));
        var pools = NodePoolResource.Descriptor.Route + "|cluster|c";
        var departments = DepartmentResource.Descriptor.Route + "|names";
        var nodes = NodeResource.Descriptor.Route + "|all";
        foreach (var key in new[] { pools, departments, nodes }) await Lookup(key);

        var client = connection.NodePools();
        switch (write)
        {
            case "create": await client.CreateAsync(new NodePool { Name = "pool", ClusterId = "c" }); break;
            case "update": await client.UpdateAsync("p1", p => p.LabelKey = "k2"); break;
            case "patch": await client.PatchAsync("p1", new JsonObject { ["labelKey"] = "k2" }); break;
            default: await client.DeleteAsync("p1"); break;
        }
        foreach (var key in new[] { pools, departments, nodes }) await Lookup(key);

        Assert.Equal(2, fetches[pools]);
        Assert.Equal(1, fetches[departments]);
        Assert.Equal(1, fetches[nodes]);
    }

    [Fact]
    public async Task A_failed_write_still_leaves_the_cache_as_it_was()
    {
        var transport = Api.Transport((_, _) => ScriptedTransport.Error(HttpStatusCode.BadRequest, "no"));
        using var connection = TestConnections.Create(transport);
        var fetches = 0;
        Task<int> Lookup() => connection.Cache.GetOrAddAsync(NodePoolResource.Descriptor.Route + "|cluster|c", _ => Task.FromResult(++fetches));
        await Lookup();

        await Assert.ThrowsAsync<RunaiApiException>(() => connection.NodePools().DeleteAsync("p1"));
        await Lookup();

        Assert.Equal(1, fetches);
    }

    /// <summary>A fake clock that counts the callers reading it (ConnectionCache reads it once as each caller enters).</summary>
    private sealed class EnteringTime : FakeTimeProvider
    {
        public EnteringTime(DateTimeOffset start) : base(start) { }

        public SemaphoreSlim Entered { get; } = new(0);

        public override DateTimeOffset GetUtcNow()
        {
            Entered.Release();
            return base.GetUtcNow();
        }
    }
}
