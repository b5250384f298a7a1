using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Runai.Client;
using Runai.Client.Workloads;

namespace Runai.Bench;

/// <summary>
/// One page of 500 workloads (the page size the cmdlets ask for) read through RunaiConnection's pipeline into typed
/// <see cref="Workload"/> objects, beside the same bytes parsed into a JsonDocument: the cost of typed reading per page.
/// </summary>
[MemoryDiagnoser]
public class WorkloadPageBenchmarks
{
    private const int PageSize = 500;
    private byte[] page = null!;
    private RunaiConnection connection = null!;

    [GlobalSetup]
    public void Setup()
    {
        var json = "{\"workloads\":[" + string.Join(",", Enumerable.Range(0, PageSize).Select(Server.Bodies.RenderWorkload)) + "],\"next\":500}";
        page = Encoding.UTF8.GetBytes(json);
        connection = RequestPipelineBenchmarks.Connect(json);
    }

    [GlobalCleanup]
    public void Cleanup() => connection.Dispose();

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(page);
        return document.RootElement.GetProperty("workloads").GetArrayLength();
    }

    [Benchmark]
    public async Task<int> RunaiTypedPage()
    {
        // The in-memory transport answers every page with the same 500, so stop after one page.
        var count = 0;
        await foreach (var workload in new WorkloadsClient(connection).ListAsync())
        {
            if (++count == PageSize) break;
        }
        return count;
    }
}

/// <summary>A training submission with the usual options turned into its request JSON, as New-RunaiTrainingWorkload sends it.</summary>
[MemoryDiagnoser]
public class WorkloadSpecBenchmarks
{
    private WorkloadSubmission submission = null!;

    [GlobalSetup]
    public void Setup() => submission = new WorkloadSubmission(WorkloadKind.Training, "bert-finetune", "7", "00000000-0000-4000-8000-000000000001")
    {
        ProjectName = "bench-project",
        Image = "nvcr.io/nvidia/pytorch:24.05-py3",
        Command = "python",
        Arguments = "train.py --epochs 3",
        Environment = new Dictionary<string, string> { ["WANDB_MODE"] = "offline", ["NCCL_DEBUG"] = "INFO" },
        Gpu = 2,
        Cpu = 8,
        Memory = "32G",
        NodePools = new List<string> { "default", "a100" },
        Preemptible = true,
        Pvcs = new List<PvcMount> { new("datasets", "/data", readOnly: true) },
        Labels = new Dictionary<string, string> { ["team"] = "nlp" },
        Parallelism = 1,
        Completions = 1,
        BackoffLimit = 3,
    };

    [Benchmark]
    public int ValidateAndSerialize()
    {
        submission.Validate();
        return submission.ToRequest().ToJsonString().Length;
    }
}
