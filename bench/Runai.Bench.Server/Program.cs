using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A purpose-built server for the benchmark suite: every answer is pre-rendered, contract-shaped JSON (the shapes the
// strict emulator returns), so the clients measured, not the server, are the bottleneck. No validation, no state
// beyond a project id counter and request counters (GET /bench/stats), which the suite reads to count requests per call.
var port = 0;
var workloadCount = 100_000;
var parentPid = 0;
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--port") port = int.Parse(args[++i], CultureInfo.InvariantCulture);
    else if (args[i] == "--workloads") workloadCount = int.Parse(args[++i], CultureInfo.InvariantCulture);
    else if (args[i] == "--parent-pid") parentPid = int.Parse(args[++i], CultureInfo.InvariantCulture);
}

var data = new Runai.Bench.Server.Payloads(workloadCount);
var stats = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
var nextProjectId = 1000L;

var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = Array.Empty<string>() });
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
var app = builder.Build();

app.Use(async (context, next) =>
{
    var key = context.Request.Method + " " + (context.GetEndpoint()?.DisplayName ?? context.Request.Path.Value);
    stats.AddOrUpdate(key, 1, (_, n) => n + 1);
    await next(context);
});

static Task Json(HttpContext context, ReadOnlyMemory<byte> body, int status = 200)
{
    context.Response.StatusCode = status;
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
}

app.MapPost("/api/v1/token", (HttpContext c) => Json(c, data.Token)).WithDisplayName("/api/v1/token");
app.MapGet("/api/v1/clusters", (HttpContext c) => Json(c, data.Clusters)).WithDisplayName("/api/v1/clusters");
app.MapGet("/api/v1/org-unit/departments", (HttpContext c) => Json(c, data.Departments)).WithDisplayName("/api/v1/org-unit/departments");
app.MapGet("/api/v1/node-pools", (HttpContext c) => Json(c, data.NodePools)).WithDisplayName("/api/v1/node-pools");
app.MapGet("/api/v1/org-unit/projects", (HttpContext c) => Json(c, data.Projects)).WithDisplayName("/api/v1/org-unit/projects");
app.MapGet("/api/v1/org-unit/projects/{id}", (HttpContext c, string id) =>
    id == Runai.Bench.Server.Bodies.ProjectId
        ? Json(c, data.Project)
        : Json(c, Encoding.UTF8.GetBytes(Runai.Bench.Server.Bodies.RenderProject(id, "project-" + id)))).WithDisplayName("/api/v1/org-unit/projects/{id}");
app.MapPost("/api/v1/org-unit/projects", async (HttpContext c) =>
{
    using var request = await JsonDocument.ParseAsync(c.Request.Body);
    var name = request.RootElement.TryGetProperty("name", out var n) ? n.GetString() ?? "unnamed" : "unnamed";
    var id = Interlocked.Increment(ref nextProjectId).ToString(CultureInfo.InvariantCulture);
    await Json(c, Encoding.UTF8.GetBytes(Runai.Bench.Server.Bodies.RenderProject(id, name)), 201);
}).WithDisplayName("/api/v1/org-unit/projects (create)");
app.MapGet("/api/v1/workloads/count", (HttpContext c) => Json(c, data.WorkloadCount)).WithDisplayName("/api/v1/workloads/count");
app.MapGet("/api/v1/workloads", (HttpContext c) =>
{
    var offset = int.TryParse(c.Request.Query["offset"], NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
    var limit = int.TryParse(c.Request.Query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, 500) : 50;
    return data.WriteWorkloadPage(c.Response, offset, limit);
}).WithDisplayName("/api/v1/workloads");
app.MapGet("/bench/stats", () => Results.Json(stats.ToDictionary(p => p.Key, p => p.Value)));
app.MapPost("/bench/stats/reset", () => { stats.Clear(); return Results.NoContent(); });

await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
Console.WriteLine($"Runai.Bench.Server listening on {address.Replace("[::1]", "127.0.0.1")} ({workloadCount} workloads)");
Console.Out.Flush();
if (parentPid > 0)
{
    // Never outlive the suite that started it, however that one ends.
    _ = Task.Run(async () =>
    {
        while (true)
        {
            await Task.Delay(1000);
            try { if (System.Diagnostics.Process.GetProcessById(parentPid).HasExited) break; }
            catch (ArgumentException) { break; }
        }
        await app.StopAsync();
    });
}
await app.WaitForShutdownAsync();
