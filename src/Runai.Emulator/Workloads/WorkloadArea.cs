using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using Runai.Emulator.Infrastructure;

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
        app.MapPost(route, async (HttpContext context, WorkloadStore store) =>
        {
            var workload = store.Create(kind, await JsonBody.ReadObjectAsync(context.Request), CallerName(context));
            return Json(WorkloadViews.Typed(workload, store.Now), 202);
        });
        app.MapGet(route + "/{workloadId}", (string workloadId, WorkloadStore store) =>
            WithWorkload(store, workloadId, kind, w => Json(WorkloadViews.Typed(w, store.Now))));
        app.MapDelete(route + "/{workloadId}", (string workloadId, WorkloadStore store) =>
            Accepted(workloadId, kind, store.Delete));
        if (kind == WorkloadKind.Inference) return; // the contract gives inferences no suspend/resume
        app.MapPost(route + "/{workloadId}/suspend", (string workloadId, WorkloadStore store) =>
            Accepted(workloadId, kind, store.Suspend));
        app.MapPost(route + "/{workloadId}/resume", (string workloadId, WorkloadStore store) =>
            Accepted(workloadId, kind, store.Resume));
    }

    private static IResult List(HttpContext context, WorkloadStore store)
    {
        var query = context.Request.Query;
        if (BuildQuery(query, out var filter) is { } filterError) return filterError;
        if (Paging(query, out var offset, out var limit) is { } pagingError) return pagingError;
        var sortBy = query["sortBy"].ToString();
        if (sortBy.Length > 0 && !WorkloadQuery.IsSortField(sortBy)) throw ApiProblem.BadRequest($"Invalid sortBy '{sortBy}'.");
        var descending = query["sortOrder"].ToString() switch
        {
            "" or "asc" => false,
            "desc" => true,
            var other => (bool?)null,
        };
        if (descending is null) throw ApiProblem.BadRequest($"Invalid sortOrder '{query["sortOrder"]}': use asc or desc.");

        var now = store.Now;
        var matching = Matching(store, query, filter, now);
        IEnumerable<JsonObject> ordered = matching;
        if (sortBy.Length > 0)
            ordered = descending.Value ? matching.OrderByDescending(w => w, WorkloadQuery.SortBy(sortBy)) : matching.OrderBy(w => w, WorkloadQuery.SortBy(sortBy));
        else if (descending.Value)
            ordered = Enumerable.Reverse(matching);
        var page = ordered.Skip(offset).Take(limit).ToList();
        var result = new JsonObject { ["workloads"] = new JsonArray([.. page]) };
        if (offset + page.Count < matching.Count) result["next"] = offset + page.Count;
        return Json(result);
    }

    private static IResult Count(HttpContext context, WorkloadStore store)
    {
        var query = context.Request.Query;
        if (BuildQuery(query, out var filter) is { } filterError) return filterError;
        return Json(new JsonObject { ["count"] = Matching(store, query, filter, store.Now).Count });
    }

    private static List<JsonObject> Matching(WorkloadStore store, IQueryCollection query, WorkloadQuery filter, DateTimeOffset now)
    {
        var deleted = string.Equals(query["deleted"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
        return store.Snapshot(deleted).Select(w => WorkloadViews.Summary(w, now)).Where(filter.Matches).ToList();
    }

    private static IResult? BuildQuery(IQueryCollection query, out WorkloadQuery filter)
    {
        filter = new WorkloadQuery();
        if (filter.AddFilters(query["filterBy"]) is { } error) throw ApiProblem.BadRequest(error);
        filter.SetSearch(query["search"].ToString());
        return null;
    }

    private static IResult Pods(HttpContext context, WorkloadStore store, WorkloadRecord workload)
    {
        var query = context.Request.Query;
        if (Paging(query, out var offset, out var limit) is { } pagingError) return pagingError;
        var search = query["search"].ToString();
        var pods = WorkloadPods.List(workload, store.Now)
            .Where(p => search.Length == 0 || p["name"]!.GetValue<string>().Contains(search, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (string.Equals(query["deleted"].ToString(), "true", StringComparison.OrdinalIgnoreCase)) pods.Clear();
        var page = pods.Skip(offset).Take(limit).ToList();
        var result = new JsonObject { ["pods"] = new JsonArray([.. page]) };
        if (offset + page.Count < pods.Count) result["next"] = offset + page.Count;
        return Json(result);
    }

    private static IResult Events(HttpContext context, WorkloadStore store, WorkloadRecord workload)
    {
        var query = context.Request.Query;
        if (Paging(query, out var offset, out var limit) is { } pagingError) return pagingError;
        var sortOrder = query["sortOrder"].ToString();
        if (sortOrder is not ("" or "asc" or "desc")) throw ApiProblem.BadRequest($"Invalid sortOrder '{sortOrder}': use asc or desc.");
        var events = WorkloadViews.Events(workload, store.Now).ToList();
        if (sortOrder != "asc") events.Reverse(); // the contract's default is newest first
        var page = events.Skip(offset).Take(limit).ToList();
        var result = new JsonObject { ["events"] = new JsonArray([.. page]) };
        if (offset + page.Count < events.Count) result["next"] = offset + page.Count;
        return Json(result);
    }

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

    private static IResult? Paging(IQueryCollection query, out int offset, out int limit)
    {
        offset = 0;
        limit = 50;
        if (query["offset"].Count > 0 && (!int.TryParse(query["offset"], NumberStyles.Integer, CultureInfo.InvariantCulture, out offset) || offset < 0))
            throw ApiProblem.BadRequest($"Invalid offset '{query["offset"]}'.");
        if (query["limit"].Count > 0 && (!int.TryParse(query["limit"], NumberStyles.Integer, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 500))
            throw ApiProblem.BadRequest($"Invalid limit '{query["limit"]}': use 1 to 500.");
        return null;
    }

    private static bool TryTime(StringValues value, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(value.ToString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time) && value.Count == 1;

    private static string CallerName(HttpContext context) =>
        context.User.Identity?.Name ?? context.User.FindFirst("sub")?.Value ?? "emulator-app";

    private static IResult Json(JsonNode body, int status = 200) =>
        Results.Text(body.ToJsonString(), "application/json", Encoding.UTF8, status);
}
