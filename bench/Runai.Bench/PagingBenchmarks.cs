using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Runai.Client.Paging;

namespace Runai.Bench;

/// <summary>The cost of streaming 1,000 items through the lazy pager versus materialising the same pages in a list.</summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    private const int Total = 1000;
    private readonly IReadOnlyList<int>[] pages = Enumerable.Range(0, 3).Select(p => (IReadOnlyList<int>)Enumerable.Range(p * 500, p == 2 ? 0 : 500).ToArray()).ToArray();

    private Task<IReadOnlyList<int>> Page(int offset, int limit, CancellationToken _) => Task.FromResult(pages[offset / 500]);

    [Benchmark(Baseline = true)]
    public async Task<int> CollectPagesIntoList()
    {
        var all = new List<int>(Total);
        for (var offset = 0; ; offset += 500)
        {
            var page = await Page(offset, 500, default);
            all.AddRange(page);
            if (page.Count < 500) break;
        }
        return all.Count;
    }

    [Benchmark]
    public async Task<int> StreamThroughPager()
    {
        var count = 0;
        await foreach (var page in Pager.ListPagesAsync(Page, pageSize: 500)) count += page.Count;
        return count;
    }
}
