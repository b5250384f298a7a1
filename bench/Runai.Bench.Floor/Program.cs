using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Runai.Bench.Floor;

// The floor: what a plain HttpClient + System.Text.Json caller costs against the bench server, for each case of
// bench/Invoke-Benchmarks.ps1. Prints one line 'RESULT {json}'. Usage:
//   Runai.Bench.Floor <get|list|create|throughput> --url <base> [--path p] [--warmup n] [--warmup-seconds s] [--max-warmup-seconds s] [--calls n] [--count n] [--warmup-count n]
//                     [--parallel n] [--page-size n] [--seconds s]
var startedAt = Stopwatch.StartNew();
var options = Options.Parse(args);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(1, options.Parallel) })
{
    BaseAddress = new Uri(options.Url.TrimEnd('/') + "/"),
};
var token = await GetTokenAsync(http);
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

var result = options.Case switch
{
    "get" => await GetAsync(http, options),
    "list" => await ListAsync(http, options),
    "create" => await CreateAsync(http, options),
    "throughput" => await ThroughputAsync(http, options),
    _ => throw new ArgumentException($"Unknown case '{options.Case}'."),
};
result["processSeconds"] = startedAt.Elapsed.TotalSeconds;
Console.WriteLine("RESULT " + JsonSerializer.Serialize(result, FloorJson.Default.DictionaryStringDouble));

static async Task<string> GetTokenAsync(HttpClient http)
{
    using var content = new StringContent("""{"grantType":"client_credentials","clientID":"bench","clientSecret":"bench"}""", Encoding.UTF8, "application/json");
    using var response = await http.PostAsync("api/v1/token", content);
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadFromJsonAsync(FloorJson.Default.TokenResponse);
    return body?.AccessToken ?? throw new InvalidOperationException("No token.");
}

// GET + typed parse, sequential, after a warm-up of at least --warmup calls and --warmup-seconds, then until the JIT
// is quiet (at most --max-warmup-seconds in all).
static async Task<Dictionary<string, double>> GetAsync(HttpClient http, Options o)
{
    var warming = Stopwatch.StartNew();
    var jit = new JitQuiet(o.MaxWarmupSeconds);
    for (var i = 0; i < o.Warmup || warming.Elapsed.TotalSeconds < o.WarmupSeconds || !jit.Check(warming); i++) await GetProjectAsync(http, o.Path);
    var warmUpSeconds = warming.Elapsed.TotalSeconds;
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < o.Calls; i++) await GetProjectAsync(http, o.Path);
    var seconds = watch.Elapsed.TotalSeconds;
    var blockingSeconds = TimeBlockingCalls(http, o);
    return new()
    {
        ["perCallMs"] = seconds * 1000 / o.Calls, ["callsPerSecond"] = o.Calls / seconds,
        ["warmUpSeconds"] = warmUpSeconds, ["jitQuietAfterWarmUp"] = jit.Quiet ? 1 : 0,
        ["blockingPerCallMs"] = blockingSeconds * 1000 / o.Calls,
    };
}

// The same calls, each waited for by one dedicated thread that blocks until the answer is parsed: the way any cmdlet
// has to call, since PowerShell takes output only on its pipeline thread. The awaiting loop above never blocks a
// thread; its continuations run wherever the answer arrives.
static double TimeBlockingCalls(HttpClient http, Options o)
{
    var seconds = 0.0;
    var caller = new Thread(() =>
    {
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed.TotalSeconds < 2) GetProjectAsync(http, o.Path).GetAwaiter().GetResult();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < o.Calls; i++) GetProjectAsync(http, o.Path).GetAwaiter().GetResult();
        seconds = watch.Elapsed.TotalSeconds;
    });
    caller.Start();
    caller.Join();
    return seconds;
}

static async Task<Project> GetProjectAsync(HttpClient http, string path)
{
    using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
    response.EnsureSuccessStatusCode();
    await using var stream = await response.Content.ReadAsStreamAsync();
    return await JsonSerializer.DeserializeAsync(stream, FloorJson.Default.Project) ?? throw new InvalidOperationException("Empty project.");
}

// The cold listing: pages of typed workloads parsed from the response stream, sequentially, in a fresh process.
static async Task<Dictionary<string, double>> ListAsync(HttpClient http, Options o)
{
    var watch = Stopwatch.StartNew();
    double firstMs = -1;
    long count = 0;
    for (var offset = 0; ; )
    {
        using var response = await http.GetAsync($"api/v1/workloads?offset={offset}&limit={o.PageSize}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        var page = await JsonSerializer.DeserializeAsync(stream, FloorJson.Default.WorkloadPage);
        var items = page?.Workloads ?? new List<Workload>();
        foreach (var workload in items)
        {
            if (firstMs < 0) firstMs = watch.Elapsed.TotalMilliseconds;
            if (workload.Id is not null) count++;
        }
        if (items.Count < o.PageSize) break;
        offset += items.Count;
    }
    var seconds = watch.Elapsed.TotalSeconds;
    return new()
    {
        ["seconds"] = seconds, ["objects"] = count, ["objectsPerSecond"] = count / seconds, ["firstObjectMs"] = firstMs,
        ["peakRssMiB"] = PeakRssMiB(),
    };
}

// Project creates, sequential (--parallel 1) or from N concurrent callers on one HttpClient.
static async Task<Dictionary<string, double>> CreateAsync(HttpClient http, Options o)
{
    // The warm-up batch once, then again until --warmup-seconds have passed and the JIT is quiet (at most
    // --max-warmup-seconds): the module's create case does the same.
    var warming = Stopwatch.StartNew();
    var jit = new JitQuiet(o.MaxWarmupSeconds);
    if (o.WarmupCount > 0)
    {
        do await CreateManyAsync(http, o.WarmupCount, o.Parallel, "floor-warm-up");
        while (warming.Elapsed.TotalSeconds < o.WarmupSeconds || !jit.Check(warming));
    }
    var warmUpSeconds = warming.Elapsed.TotalSeconds;
    var watch = Stopwatch.StartNew();
    var errors = await CreateManyAsync(http, o.Count, o.Parallel, "floor");
    var seconds = watch.Elapsed.TotalSeconds;
    return new()
    {
        ["seconds"] = seconds, ["count"] = o.Count, ["errors"] = errors, ["parallel"] = o.Parallel,
        ["warmUpSeconds"] = warmUpSeconds, ["jitQuietAfterWarmUp"] = jit.Quiet ? 1 : 0,
    };
}

// Creates count projects from parallel callers; returns how many failed.
static async Task<int> CreateManyAsync(HttpClient http, int count, int parallel, string prefix)
{
    var next = -1;
    var errors = 0;
    await Task.WhenAll(Enumerable.Range(0, Math.Max(1, parallel)).Select(async _ =>
    {
        for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
        {
            var body = new ProjectCreate
            {
                Name = $"{prefix}-{i:D5}", ClusterId = "00000000-0000-4000-8000-000000000001", ParentId = "1",
                Resources = { new ProjectResource { NodePool = new NodePoolRef { Id = "1", Name = "default" }, Gpu = new Quota { Deserved = 1 } } },
            };
            using var response = await http.PostAsJsonAsync("api/v1/org-unit/projects", body, FloorJson.Default.ProjectCreate);
            if (!response.IsSuccessStatusCode) { Interlocked.Increment(ref errors); continue; }
            var created = await response.Content.ReadFromJsonAsync(FloorJson.Default.Project);
            if (created?.Id is null) Interlocked.Increment(ref errors);
        }
    }));
    return errors;
}

// The server alone: N concurrent callers read answers without parsing them, for a fixed time.
static async Task<Dictionary<string, double>> ThroughputAsync(HttpClient http, Options o)
{
    async Task<(long Requests, long Bytes)> Hammer(string path, TimeSpan duration)
    {
        long requests = 0, bytes = 0;
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, o.Parallel)).Select(async _ =>
        {
            var buffer = new byte[81920];
            while (until.Elapsed < duration)
            {
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                await using var stream = await response.Content.ReadAsStreamAsync();
                int read;
                long n = 0;
                while ((read = await stream.ReadAsync(buffer)) > 0) n += read;
                Interlocked.Increment(ref requests);
                Interlocked.Add(ref bytes, n);
            }
        }));
        return (requests, bytes);
    }

    var duration = TimeSpan.FromSeconds(o.Seconds);
    await Hammer(o.Path, TimeSpan.FromSeconds(0.5)); // warm-up
    var small = await Hammer(o.Path, duration);
    var pages = await Hammer($"api/v1/workloads?offset=0&limit={o.PageSize}", duration);
    return new()
    {
        ["getPerSecond"] = small.Requests / o.Seconds,
        ["pagesPerSecond"] = pages.Requests / o.Seconds,
        ["workloadsPerSecond"] = pages.Requests * o.PageSize / o.Seconds,
        ["pageMiBPerSecond"] = pages.Bytes / o.Seconds / (1024 * 1024),
        ["parallel"] = o.Parallel,
    };
}

static double PeakRssMiB()
{
    // VmHWM: the resident set's high-water mark (Linux); elsewhere the peak working set.
    try
    {
        foreach (var line in System.IO.File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
        }
    }
    catch (System.IO.IOException) { }
    catch (UnauthorizedAccessException) { }
    return Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
}

internal sealed class Options
{
    public string Case { get; private set; } = "";
    public string Url { get; private set; } = "http://127.0.0.1:5000";
    public string Path { get; private set; } = "api/v1/org-unit/projects/7";
    public int Warmup { get; private set; } = 2000;
    public int Calls { get; private set; } = 2000;
    public int Count { get; private set; } = 1000;
    public int WarmupCount { get; private set; }
    public int Parallel { get; private set; } = 1;
    public int PageSize { get; private set; } = 500;
    public double Seconds { get; private set; } = 2;
    public double WarmupSeconds { get; private set; }
    public double MaxWarmupSeconds { get; private set; }

    public static Options Parse(string[] args)
    {
        var o = new Options { Case = args.Length > 0 ? args[0] : "" };
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--url": o.Url = value; break;
                case "--path": o.Path = value.TrimStart('/'); break;
                case "--warmup": o.Warmup = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--calls": o.Calls = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--count": o.Count = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--warmup-count": o.WarmupCount = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--parallel": o.Parallel = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--page-size": o.PageSize = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seconds": o.Seconds = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--warmup-seconds": o.WarmupSeconds = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--max-warmup-seconds": o.MaxWarmupSeconds = double.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }
        return o;
    }
}
