using System.Collections.Concurrent;
using System.Net;
using Runai.Client.Organization;
using Runai.Client.Paging;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client.Resources;

/// <summary>Pages are fetched while the previous one is consumed; nothing beyond <c>take</c> is requested; stopping early cancels the prefetch.</summary>
public sealed class PagerTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30); // only ever reached when a test fails

    /// <summary>A list of <paramref name="total"/> numbers served by (offset, limit), recording each request.</summary>
    private static Func<int, int, CancellationToken, Task<IReadOnlyList<int>>> Numbers(int total, ConcurrentQueue<(int Offset, int Limit)> requests) =>
        (offset, limit, _) =>
        {
            requests.Enqueue((offset, limit));
            return Task.FromResult<IReadOnlyList<int>>(Enumerable.Range(offset, Math.Max(0, Math.Min(limit, total - offset))).ToList());
        };

    [Fact]
    public async Task The_next_page_is_requested_before_the_current_one_is_handed_over()
    {
        var requests = new ConcurrentQueue<(int Offset, int Limit)>();
        var seenWhenHandedOver = new List<int[]>();
        var items = new List<int>();

        await foreach (var page in Pager.ListPagesAsync(Numbers(25, requests), pageSize: 10))
        {
            seenWhenHandedOver.Add(requests.Select(r => r.Offset).ToArray());
            items.AddRange(page);
        }

        Assert.Equal(Enumerable.Range(0, 25), items);
        Assert.Equal(new[] { 0, 10 }, seenWhenHandedOver[0]);
        Assert.Equal(new[] { 0, 10, 20 }, seenWhenHandedOver[1]);
        Assert.Equal(new[] { 0, 10, 20 }, seenWhenHandedOver[2]); // a short page is the last: nothing more is asked
        Assert.All(requests, r => Assert.Equal(10, r.Limit));
    }

    [Theory]
    [InlineData(0, 15, 10, new[] { 0, 10 }, new[] { 10, 5 })]
    [InlineData(5, 15, 10, new[] { 5, 15 }, new[] { 10, 5 })]
    [InlineData(0, 10, 10, new[] { 0 }, new[] { 10 })]
    [InlineData(0, 3, 10, new[] { 0 }, new[] { 3 })]
    [InlineData(0, 25, 10, new[] { 0, 10, 20 }, new[] { 10, 10, 5 })]
    public async Task Take_requests_nothing_beyond_what_is_wanted(int skip, int take, int pageSize, int[] offsets, int[] limits)
    {
        var requests = new ConcurrentQueue<(int Offset, int Limit)>();

        var items = new List<int>();
        await foreach (var page in Pager.ListPagesAsync(Numbers(1000, requests), skip, pageSize, take)) items.AddRange(page);

        Assert.Equal(Enumerable.Range(skip, take), items);
        Assert.Equal(offsets, requests.Select(r => r.Offset));
        Assert.Equal(limits, requests.Select(r => r.Limit));
    }

    [Fact]
    public async Task Take_zero_requests_nothing()
    {
        var requests = new ConcurrentQueue<(int Offset, int Limit)>();

        await foreach (var _ in Pager.ListPagesAsync(Numbers(100, requests), take: 0)) Assert.Fail("no page expected");

        Assert.Empty(requests);
    }

    [Fact]
    public async Task A_consumer_that_stops_early_cancels_the_prefetch_and_leaves_no_unobserved_exception()
    {
        const string Marker = "prefetch-aborted-7d1f";
        var unobserved = new ConcurrentQueue<Exception>();
        void Record(object? sender, UnobservedTaskExceptionEventArgs e)
        {
            if (e.Exception.Flatten().InnerExceptions.Any(x => x.Message.Contains(Marker, StringComparison.Ordinal))) unobserved.Enqueue(e.Exception);
        }
        TaskScheduler.UnobservedTaskException += Record;
        try
        {
            var prefetchToken = new TaskCompletionSource<CancellationToken>();
            await ConsumeFirstPage(prefetchToken, Marker);

            var token = await prefetchToken.Task.WaitAsync(Guard);
            Assert.True(token.IsCancellationRequested);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Assert.Empty(unobserved);
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= Record;
        }
    }

    // Kept out of line so nothing on the test's stack holds the abandoned prefetch's task when the finalizers run.
    private static async Task ConsumeFirstPage(TaskCompletionSource<CancellationToken> prefetchToken, string marker)
    {
        Task<IReadOnlyList<int>> Fetch(int offset, int limit, CancellationToken ct)
        {
            if (offset == 0) return Task.FromResult<IReadOnlyList<int>>(Enumerable.Range(0, limit).ToList());
            prefetchToken.TrySetResult(ct);
            var failed = new TaskCompletionSource<IReadOnlyList<int>>();
            ct.Register(() => failed.TrySetException(new HttpRequestException(marker)));
            return failed.Task;
        }

        await foreach (var page in Pager.ListPagesAsync(Fetch, pageSize: 10))
        {
            Assert.Equal(10, page.Count);
            break;
        }
    }

    [Fact]
    public async Task Through_the_client_the_next_request_is_in_flight_while_the_page_is_held_and_offsets_follow_the_pages()
    {
        var secondRequestArrived = new TaskCompletionSource();
        var transport = Api.Transport((request, _) =>
        {
            var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
            var offset = int.Parse(query["offset"]!);
            var limit = int.Parse(query["limit"]!);
            if (offset > 0) secondRequestArrived.TrySetResult();
            var pools = Enumerable.Range(offset, Math.Max(0, Math.Min(limit, 5 - offset))).Select(i => $$"""{"id":"p{{i}}","name":"pool{{i}}","clusterId":"c"}""");
            return ScriptedTransport.Json(HttpStatusCode.OK, $$"""{"nodepools":[{{string.Join(",", pools)}}]}""");
        });
        using var connection = TestConnections.Create(transport);

        var names = new List<string>();
        var first = true;
        await foreach (var page in connection.NodePools().ListPagesAsync(pageSize: 2))
        {
            if (first) await secondRequestArrived.Task.WaitAsync(Guard); // the page is still held here
            first = false;
            names.AddRange(page.Select(p => p.Name));
        }

        Assert.Equal(new[] { "pool0", "pool1", "pool2", "pool3", "pool4" }, names);
        Assert.Equal(
            new[] { "/api/v1/node-pools?offset=0&limit=2", "/api/v1/node-pools?offset=2&limit=2", "/api/v1/node-pools?offset=4&limit=2" },
            transport.Calls().Select(c => c.PathAndQuery));
    }

    [Fact]
    public async Task Through_the_client_stopping_after_the_first_page_cancels_the_request_in_flight()
    {
        var cancelled = new TaskCompletionSource();
        var prefetchArrived = new TaskCompletionSource();
        var prefetchToken = CancellationToken.None;
        var transport = Api.Transport(async (request, _, cancellationToken) =>
        {
            if (!request.RequestUri!.Query.Contains("offset=0", StringComparison.Ordinal))
            {
                prefetchToken = cancellationToken;
                prefetchArrived.TrySetResult();
                // Seen by the wait itself, not by a registration of its own: the wait's cancellation can resume this
                // method on another thread while Cancel() is still calling callbacks, and leaving a using block there
                // disposed the registration before its callback ran (the token was cancelled, yet the test waited 30 s).
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    cancelled.TrySetResult();
                    throw;
                }
            }
            return ScriptedTransport.Json(HttpStatusCode.OK, """{"nodepools":[{"id":"a","name":"a","clusterId":"c"},{"id":"b","name":"b","clusterId":"c"}]}""");
        });
        using var connection = TestConnections.Create(transport);

        await foreach (var page in connection.NodePools().ListPagesAsync(pageSize: 2))
        {
            Assert.Equal(2, page.Count);
            // Stop only once the prefetch is really in flight at the transport, so it is that request that must be cancelled.
            await prefetchArrived.Task.WaitAsync(Guard);
            break;
        }

        try
        {
            await cancelled.Task.WaitAsync(Guard);
        }
        catch (TimeoutException)
        {
            // Say what the transport saw, should it ever happen again.
            Assert.Fail($"The prefetch was not cancelled within {Guard.TotalSeconds} s. Its token could be cancelled: {prefetchToken.CanBeCanceled}, " +
                $"was: {prefetchToken.IsCancellationRequested}; requests: {string.Join(", ", transport.Requests.Select(r => r.PathAndQuery))}.");
        }
        Assert.Equal(2, transport.Calls().Count);
    }
}
