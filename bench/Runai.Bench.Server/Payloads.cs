using System;
using System.Buffers;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Runai.Bench.Server;

/// <summary>Pre-rendered bodies, shaped as the contract (and the strict emulator) answer them.</summary>
public sealed class Payloads
{
    private const string ClusterId = Bodies.ClusterId;
    private static readonly byte[] PageStart = Encoding.UTF8.GetBytes("{\"workloads\":[");
    private readonly byte[][] workloads;

    public Payloads(int workloadCount)
    {
        // An unsigned JWT whose payload carries exp, as the client reads it to know when to refresh (a day from now).
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = Base64Url($"{{\"iss\":\"runai-bench\",\"sub\":\"bench-app\",\"tenant_id\":1001,\"iat\":{now},\"exp\":{now + 86400}}}");
        Token = Utf8($"{{\"accessToken\":\"{Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")}.{payload}.c2lnbmF0dXJl\",\"expiresIn\":86400}}");
        Clusters = Utf8($"[{{\"uuid\":\"{ClusterId}\",\"tenantId\":1001,\"name\":\"cluster-1\",\"createdAt\":\"2025-01-01T00:00:00+00:00\",\"domain\":\"https://cluster-1.bench.local\",\"version\":\"2.24.0\",\"status\":{{\"state\":\"Connected\"}},\"updatedAt\":\"2025-01-01T00:00:00+00:00\",\"lastLiveness\":\"2025-01-01T00:00:00+00:00\"}}]");
        Departments = Utf8($"{{\"departments\":[{{\"id\":\"1\",\"name\":\"default\",\"clusterId\":\"{ClusterId}\",\"description\":\"\",\"resources\":[{{\"nodePool\":{{\"id\":\"1\",\"name\":\"default\"}},\"gpu\":{{\"deserved\":32}}}}],\"totalResources\":{{\"gpuQuota\":32}},\"createdAt\":\"2025-01-01T00:00:00.000Z\",\"createdBy\":\"bench\",\"updatedAt\":\"2025-01-01T00:00:00.000Z\",\"updatedBy\":\"bench\",\"projectsAggregatedResources\":[{{\"nodePool\":{{\"id\":\"1\",\"name\":\"default\"}},\"gpu\":{{\"deserved\":4}}}}],\"status\":{{\"nodePoolQuotaStatuses\":[{{\"allocated\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}},\"allocatedNonPreemptible\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}},\"requested\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}},\"nodePoolId\":\"1\",\"nodePoolName\":\"default\"}}],\"quotaStatus\":{{\"allocated\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}},\"allocatedNonPreemptible\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}},\"requested\":{{\"gpu\":0,\"cpu\":0,\"memory\":0}}}}}}}}]}}");
        NodePools = Utf8($"{{\"nodepools\":[{{\"id\":\"1\",\"name\":\"default\",\"clusterId\":\"{ClusterId}\",\"clusterName\":\"cluster-1\",\"tenantId\":1001,\"labelKey\":\"runai/node-pool\",\"labelValue\":\"default\",\"isDefault\":true,\"phase\":\"Ready\",\"phaseMessage\":\"4 node(s) ready\",\"createdAt\":\"2025-01-01T00:00:00.000Z\",\"createdBy\":\"bench\",\"updatedAt\":\"2025-01-01T00:00:00.000Z\",\"updatedBy\":\"bench\",\"gpuNetworkAccelerationDetection\":\"Auto\",\"status\":{{\"conditions\":[],\"gpuNetworkAccelerationDetected\":false,\"nodes\":[\"node-1\",\"node-2\",\"node-3\",\"node-4\"]}}}}]}}");
        Project = Utf8(Bodies.RenderProject(Bodies.ProjectId, "bench-project"));
        Projects = Utf8($"{{\"projects\":[{Bodies.RenderProject(Bodies.ProjectId, "bench-project")}]}}");
        WorkloadCount = Utf8($"{{\"count\":{workloadCount}}}");
        workloads = new byte[workloadCount][];
        for (var i = 0; i < workloadCount; i++) workloads[i] = Utf8(Bodies.RenderWorkload(i));
    }

    public byte[] Token { get; }
    public byte[] Clusters { get; }
    public byte[] Departments { get; }
    public byte[] NodePools { get; }
    public byte[] Project { get; }
    public byte[] Projects { get; }
    public byte[] WorkloadCount { get; }

    /// <summary>Writes one page (<c>next</c> only when more remain, as the emulator does), without building a string.</summary>
    public async Task WriteWorkloadPage(HttpResponse response, int offset, int limit)
    {
        var start = Math.Min(offset, workloads.Length);
        var end = (int)Math.Min((long)start + limit, workloads.Length);
        var tail = end < workloads.Length ? Utf8($"],\"next\":{end}}}") : Utf8("]}");
        var length = PageStart.Length + tail.Length + Math.Max(0, end - start - 1);
        for (var i = start; i < end; i++) length += workloads[i].Length;
        response.StatusCode = 200;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = length;
        var writer = response.BodyWriter;
        writer.Write(PageStart);
        for (var i = start; i < end; i++)
        {
            if (i > start) writer.Write(","u8);
            writer.Write(workloads[i]);
        }
        writer.Write(tail);
        await writer.FlushAsync();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
