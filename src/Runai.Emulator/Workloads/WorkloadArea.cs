using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using Runai.Emulator.Assets;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Templates;

namespace Runai.Emulator.Workloads;

/// <summary>Registers and maps the workload routes of the emulator: typed create/get/delete/suspend/resume per kind,
/// the cross-kind list/count/get, pods, events and metrics.</summary>
public static class WorkloadArea
{
    private const string Base = "/api/v1/workloads";

    public static IServiceCollection AddWorkloadArea(this IServiceCollection services)
    {
        services.AddSingleton<WorkloadStore>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<WorkloadStore>());
        services.AddSingleton<IProjectAllocations>(sp => sp.GetRequiredService<WorkloadStore>());
        return services;
    }

    public static WebApplication MapWorkloadArea(this WebApplication app)
    {
        foreach (var kind in WorkloadKinds.All) MapTypedRoutes(app, kind);

        app.MapGet(Base, (HttpContext context, WorkloadStore store) => List(context, store));
        app.MapGet(Base + "/count", (HttpContext context, WorkloadStore store) => Count(context, store));
        app.MapGet(Base + "/{workloadId}", (string workloadId, WorkloadStore store) =>
            WithWorkload(store, workloadId, null, w => Json(WorkloadViews.Summary(w, store.Now))));
        app.MapGet(Base + "/{workloadId}/pods", (string workloadId, HttpContext context, WorkloadStore store) =>
            WithWorkload(store, workloadId, null, w => Pods(context, store, w)));
        app.MapGet(Base + "/{workloadId}/events", (string workloadId, HttpContext context, WorkloadStore store) =>
            WithWorkload(store, workloadId, null, w => Events(context, store, w)));
        app.MapGet(Base + "/{workloadId}/metrics", (string workloadId, HttpContext context, WorkloadStore store) =>
            WithWorkload(store, workloadId, null, w => Metrics(context, w, WorkloadMetrics.WorkloadTypes)));
        app.MapGet(Base + "/inferences/{workloadId}/metrics", (string workloadId, HttpContext context, WorkloadStore store) =>
            WithWorkload(store, workloadId, WorkloadKind.Inference, w => Metrics(context, w, WorkloadMetrics.InferenceTypes)));
        return app;
    }

    private static void MapTypedRoutes(WebApplication app, WorkloadKind kind)
    {
        var route = $"{Base}/{kind.RouteSegment()}";
        app.MapPost(route, async (HttpContext context, WorkloadStore store, AssetStores assets, TemplateStores templates, EmulatorOptions options) =>
        {
            var body = await JsonBody.ReadObjectAsync(context.Request);
            TemplateRules.ApplyTo(templates, kind, body);
            if (!options.Lenient) AssetReferences.Check(assets, body);
            var workload = store.Create(kind, body, CallerName(context));
            return Json(WorkloadViews.Typed(workload, store.Now), 202);
        });
        app.MapGet(route + "/{workloadId}", (string workloadId, WorkloadStore store) =>
            WithWorkload(store, workloadId, kind, w => Json(WorkloadViews.Typed(w, store.Now))));
        app.MapDelete(route + "/{workloadId}", (string workloadId, WorkloadStore store) =>
            Accepted(workloadId, kind, store.Delete));
        if (kind == WorkloadKind.Inference)
        {
            // update_inference_spec: the contract's only in-place workload update; 202 with the updated Inference.
            app.MapPatch(route + "/{workloadId}", async (string workloadId, HttpContext context, WorkloadStore store) =>
            {
                if (!Guid.TryParse(workloadId, out var id)) throw ApiProblem.BadRequest($"'{workloadId}' is not a workload uuid.");
                var body = await JsonBody.ReadObjectAsync(context.Request);
                var spec = body["spec"] as JsonObject ?? [];
                var workload = store.UpdateSpec(kind, id, spec) ?? throw NotFound(workloadId);
                return Json(WorkloadViews.Typed(workload, store.Now), 202);
            });
            return; // the contract gives inferences no suspend/resume
        }
        app.MapPost(route + "/{workloadId}/suspend", (string workloadId, WorkloadStore store) =>
            Accepted(workloadId, kind, store.Suspend));
        app.MapPost(route + "/{workloadId}/resume", (string workloadId, WorkloadStore store) =>
            Accepted(workloadId, kind, store.Resume));
    }

    private static IResult List(HttpContext context, WorkloadStore store)
    {
        var query = ListQuery<JsonObject>.Parse(context.Request, WorkloadListFields.Workloads);
        return Json(query.PageBody(Matching(context, store, query), "workloads", w => w, withNext: true));
    }

    private static IResult Count(HttpContext context, WorkloadStore store) =>
        Json(ListQuery<JsonObject>.CountBody(Matching(context, store, ListQuery<JsonObject>.Parse(context.Request, WorkloadListFields.Workloads)).Count));

    private static List<JsonObject> Matching(HttpContext context, WorkloadStore store, ListQuery<JsonObject> query)
    {
        var now = store.Now;
        return query.Apply(store.Snapshot(Deleted(context)).Select(w => WorkloadViews.Summary(w, now)));
    }

    private static IResult Pods(HttpContext context, WorkloadStore store, WorkloadRecord workload)
    {
        var query = ListQuery<JsonObject>.Parse(context.Request, WorkloadListFields.Pods);
        var pods = Deleted(context) ? [] : query.Apply(WorkloadPods.List(workload, store.Now));
        return Json(query.PageBody(pods, "pods", p => p, withNext: true));
    }

    private static IResult Events(HttpContext context, WorkloadStore store, WorkloadRecord workload)
    {
        var query = ListQuery<JsonObject>.Parse(context.Request, WorkloadListFields.Events, newestFirst: true);
        return Json(query.PageBody(query.Apply(WorkloadViews.Events(workload, store.Now)), "events", e => e, withNext: true));
    }

    private static bool Deleted(HttpContext context) =>
        string.Equals(context.Request.Query["deleted"].ToString(), "true", StringComparison.OrdinalIgnoreCase);

    private static IResult Metrics(HttpContext context, WorkloadRecord workload, IReadOnlySet<string> allowed)
    {
        var query = context.Request.Query;
        var types = query["metricType"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (types.Count == 0) throw ApiProblem.BadRequest("The query parameter 'metricType' is required.");
        if (types.FirstOrDefault(t => !allowed.Contains(t)) is { } unknown) throw ApiProblem.BadRequest($"Unknown metricType '{unknown}'.");
        if (!TryTime(query["start"], out var start)) throw ApiProblem.BadRequest("The query parameter 'start' is required, an ISO 8601 timestamp.");
        if (!TryTime(query["end"], out var end)) throw ApiProblem.BadRequest("The query parameter 'end' is required, an ISO 8601 timestamp.");
        if (end < start) throw ApiProblem.BadRequest("'end' must not be before 'start'.");
        var samples = 20;
        if (query["numberOfSamples"].Count > 0
            && (!int.TryParse(query["numberOfSamples"], NumberStyles.Integer, CultureInfo.InvariantCulture, out samples) || samples is < 0 or > 1000))
            throw ApiProblem.BadRequest("'numberOfSamples' must be an integer from 0 to 1000.");
        if (samples == 0) samples = 20;
        return Json(WorkloadMetrics.Series(workload, types, start, end, samples));
    }

    private static IResult WithWorkload(WorkloadStore store, string workloadId, WorkloadKind? kind, Func<WorkloadRecord, IResult> respond)
    {
        if (!Guid.TryParse(workloadId, out var id)) throw ApiProblem.BadRequest($"'{workloadId}' is not a workload uuid.");
        var workload = store.Find(id, kind);
        return workload is null ? throw NotFound(workloadId) : respond(workload);
    }

    private static IResult Accepted(string workloadId, WorkloadKind kind, Func<WorkloadKind, Guid, bool> command)
    {
        if (!Guid.TryParse(workloadId, out var id)) throw ApiProblem.BadRequest($"'{workloadId}' is not a workload uuid.");
        return command(kind, id)
            ? Json(new JsonObject { ["code"] = 202, ["message"] = "Request has been accepted." }, 202)
            : throw NotFound(workloadId);
    }

    private static ApiProblem NotFound(string workloadId) => ApiProblem.NotFound($"Workload '{workloadId}' was not found.");

    private static bool TryTime(StringValues value, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(value.ToString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time) && value.Count == 1;

    private static string CallerName(HttpContext context) =>
        context.User.Identity?.Name ?? context.User.FindFirst("sub")?.Value ?? "emulator-app";

    private static IResult Json(JsonNode body, int status = 200) =>
        Results.Text(body.ToJsonString(), "application/json", Encoding.UTF8, status);
}
