using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Diagnostics;
using Runai.Client.Organization;
using Runai.Client.Paging;
using Runai.Client.Pipeline;
using Runai.Client.Resources;

namespace Runai.Client.Workloads;

/// <summary>Workloads of every kind: the cross-kind list and the typed create/suspend/resume/delete routes.</summary>
public sealed class WorkloadsClient
{
    private const string Base = "api/v1/workloads";
    private static readonly HashSet<string> InferenceMetricTypes = new(StringComparer.Ordinal) { "THROUGHPUT", "LATENCY" };
    private readonly RunaiConnection connection;

    public WorkloadsClient(RunaiConnection connection) => this.connection = connection ?? throw new ArgumentNullException(nameof(connection));

    /// <summary>The cross-kind view's client (list, count, get, find by name), shared with every other collection.</summary>
    public ResourceClient<Workload> View => connection.Resource(WorkloadResource.Descriptor);

    /// <summary>Pages of GET /api/v1/workloads; the next page is requested while the current one is consumed.</summary>
    public IAsyncEnumerable<IReadOnlyList<Workload>> ListPagesAsync(ResourceQuery? query = null, int skip = 0, int pageSize = Pager.DefaultPageSize,
        int? take = null, CancellationToken cancellationToken = default) =>
        View.ListPagesAsync(query, skip, pageSize, take, cancellationToken);

    public IAsyncEnumerable<Workload> ListAsync(ResourceQuery? query = null, int skip = 0, int pageSize = Pager.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        View.ListAsync(query, skip, pageSize, cancellationToken);

    public Task<long> CountAsync(ResourceQuery? query = null, CancellationToken cancellationToken = default) => View.CountAsync(query, cancellationToken);

    public Task<Workload> GetAsync(string workloadId, CancellationToken cancellationToken = default) => View.GetAsync(workloadId, cancellationToken);

    /// <summary>The live workload named <paramref name="name"/> in the project, of any kind, or null.</summary>
    public Task<Workload?> FindByNameAsync(string projectId, string name, CancellationToken cancellationToken = default) =>
        View.FindByNameAsync(name, projectId, cancellationToken);

    /// <summary>The project by name (in the selected cluster, when one is) or id (the workload cmdlets take either).</summary>
    public async Task<(string Id, string Name, string? ClusterId, string? DepartmentId)> ResolveProjectAsync(string nameOrId,
        CancellationToken cancellationToken = default)
    {
        var project = await connection.Projects().ResolveAsync(nameOrId, connection.Cluster?.Uuid, cancellationToken).ConfigureAwait(false);
        return (project.Id, project.Name, string.IsNullOrEmpty(project.ClusterId) ? null : project.ClusterId, project.DepartmentId);
    }

    /// <summary>
    /// Submits a workload, never creating two: when the create fails in a way that may hide an applied request (lost
    /// connection, timeout, 5xx) or answers 409, the workload of that name in that project is looked up. Same kind and
    /// spec: it is returned with a warning. Different: a 409 error says what differs. Absent after a lost answer: the
    /// create is sent once more.
    /// </summary>
    public async Task<Workload> CreateAsync(WorkloadSubmission submission, CancellationToken cancellationToken = default)
    {
        submission.Validate();
        var request = submission.ToRequest();
        var path = Base + "/" + submission.Kind.RouteSegment();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var created = await connection.SendAsync(HttpMethod.Post, path, RunaiConnection.JsonContent(request.ToJsonString()),
                    WorkloadsJsonContext.Default.SubmittedWorkload, cancellationToken).ConfigureAwait(false);
                if (created is null) throw new RunaiException($"POST /{path} answered without the created workload.");
                connection.Cache.Invalidate(View.Resource.Route); // the view lists what the typed route created
                return await ViewOfCreatedAsync(submission, created, cancellationToken).ConfigureAwait(false);
            }
            catch (RunaiException error) when (IsConflict(error) || LostAnswer.MayHaveBeenApplied(error))
            {
                var existing = await FindByNameAsync(submission.ProjectId, submission.Name, cancellationToken).ConfigureAwait(false);
                if (existing is null)
                {
                    if (IsConflict(error) || attempt > 1) throw;
                    RunaiLog.Current?.Verbose($"{submission.Describe()}: the create got no answer ({error.Message}) and no such workload exists; sending it again.");
                    continue;
                }
                var difference = await DifferenceAsync(existing, submission, request, cancellationToken).ConfigureAwait(false);
                if (difference is not null)
                {
                    throw new RunaiApiException(HttpStatusCode.Conflict, "POST", "/" + path, 409,
                        $"A workload named '{submission.Name}' already exists in project '{submission.ProjectName ?? submission.ProjectId}' and differs from this request ({difference}). Remove it or choose another name.",
                        null, null, error);
                }
                RunaiLog.Current?.Warning(
                    $"The {submission.Describe()} already exists with the same spec (an earlier attempt was applied); returning the existing workload instead of creating another.");
                return existing;
            }
        }
    }

    public Task SuspendAsync(WorkloadKind kind, string workloadId, CancellationToken cancellationToken = default) =>
        connection.SendAsync<JsonElement>(HttpMethod.Post, RunaiPath.Format(Base + "/{0}/{1}/suspend", kind.RouteSegment(), CheckedId(workloadId)),
            null, null, cancellationToken);

    public Task ResumeAsync(WorkloadKind kind, string workloadId, CancellationToken cancellationToken = default) =>
        connection.SendAsync<JsonElement>(HttpMethod.Post, RunaiPath.Format(Base + "/{0}/{1}/resume", kind.RouteSegment(), CheckedId(workloadId)),
            null, null, cancellationToken);

    public async Task DeleteAsync(WorkloadKind kind, string workloadId, CancellationToken cancellationToken = default)
    {
        await connection.DeleteAsync(RunaiPath.Format(Base + "/{0}/{1}", kind.RouteSegment(), CheckedId(workloadId)), null,
            $"{kind.ToString().ToLowerInvariant()} workload {workloadId}", cancellationToken).ConfigureAwait(false);
        connection.Cache.Invalidate(View.Resource.Route);
    }

    public IAsyncEnumerable<WorkloadPod> ListPodsAsync(string workloadId, CancellationToken cancellationToken = default) =>
        Pager.Flatten(ListPodPagesAsync(workloadId, cancellationToken), cancellationToken);

    public IAsyncEnumerable<IReadOnlyList<WorkloadPod>> ListPodPagesAsync(string workloadId, CancellationToken cancellationToken = default) =>
        Pager.ListPagesAsync<WorkloadPod>(async (offset, limit, ct) =>
        {
            var page = await connection.GetAsync(new QueryString().Add("offset", offset).Add("limit", limit)
                    .AppendTo(RunaiPath.Format(Base + "/{0}/pods", CheckedId(workloadId))), WorkloadsJsonContext.Default.WorkloadPodListResponse, ct)
                .ConfigureAwait(false);
            return (IReadOnlyList<WorkloadPod>?)page?.Pods ?? Array.Empty<WorkloadPod>();
        }, 0, Pager.DefaultPageSize, cancellationToken: cancellationToken);

    /// <summary>The workload's events, oldest first (or newest first with <paramref name="newestFirst"/>).</summary>
    public IAsyncEnumerable<WorkloadEvent> ListEventsAsync(string workloadId, bool newestFirst = false, CancellationToken cancellationToken = default) =>
        Pager.Flatten(ListEventPagesAsync(workloadId, newestFirst, cancellationToken), cancellationToken);

    public IAsyncEnumerable<IReadOnlyList<WorkloadEvent>> ListEventPagesAsync(string workloadId, bool newestFirst = false,
        CancellationToken cancellationToken = default) =>
        Pager.ListPagesAsync<WorkloadEvent>(async (offset, limit, ct) =>
        {
            var page = await connection.GetAsync(new QueryString().Add("offset", offset).Add("limit", limit).Add("sortOrder", newestFirst ? "desc" : "asc")
                    .AppendTo(RunaiPath.Format(Base + "/{0}/events", CheckedId(workloadId))), WorkloadsJsonContext.Default.WorkloadEventListResponse, ct)
                .ConfigureAwait(false);
            return (IReadOnlyList<WorkloadEvent>?)page?.Events ?? Array.Empty<WorkloadEvent>();
        }, 0, Pager.DefaultPageSize, cancellationToken: cancellationToken);

    /// <summary>
    /// Metric time series as one row per sample. THROUGHPUT and LATENCY are inference metrics and use the inference route;
    /// the others use the workload metrics route.
    /// </summary>
    public async Task<IReadOnlyList<WorkloadMetricSample>> GetMetricsAsync(Workload workload, IReadOnlyCollection<string> types,
        DateTimeOffset start, DateTimeOffset end, int? samples = null, CancellationToken cancellationToken = default)
    {
        if (types.Count == 0) throw new ArgumentException("At least one metric type is required.");
        if (end < start) throw new ArgumentException($"End {end:o} is before Start {start:o}.");
        var result = new List<WorkloadMetricSample>();
        var inference = types.Where(InferenceMetricTypes.Contains).ToList();
        var general = types.Where(t => !InferenceMetricTypes.Contains(t)).ToList();
        if (general.Count > 0)
            await AddSeriesAsync(RunaiPath.Format(Base + "/{0}/metrics", CheckedId(workload.Id)), general).ConfigureAwait(false);
        if (inference.Count > 0)
            await AddSeriesAsync(RunaiPath.Format(Base + "/inferences/{0}/metrics", CheckedId(workload.Id)), inference).ConfigureAwait(false);
        return result;

        async Task AddSeriesAsync(string path, List<string> metricTypes)
        {
            var query = new QueryString().Add("metricType", metricTypes).Add("start", start).Add("end", end).Add("numberOfSamples", samples);
            var answer = await connection.GetAsync(query.AppendTo(path), WorkloadsJsonContext.Default.WorkloadMetricsResponse, cancellationToken)
                .ConfigureAwait(false);
            foreach (var measurement in answer?.Measurements ?? new List<Measurement>())
            {
                var labels = string.Join(";", (measurement.Labels ?? new Dictionary<string, string>()).OrderBy(l => l.Key, StringComparer.Ordinal)
                    .Select(l => l.Key + "=" + l.Value));
                foreach (var value in measurement.Values ?? new List<MeasurementValue>())
                {
                    result.Add(new WorkloadMetricSample
                    {
                        WorkloadId = workload.Id,
                        WorkloadName = workload.Name,
                        Type = measurement.Type,
                        Timestamp = value.Timestamp,
                        Value = double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null,
                        Labels = labels,
                    });
                }
            }
        }
    }

    private async Task<Workload> ViewOfCreatedAsync(WorkloadSubmission submission, SubmittedWorkload created, CancellationToken cancellationToken)
    {
        try
        {
            return await GetAsync(created.WorkloadId, cancellationToken).ConfigureAwait(false);
        }
        catch (RunaiApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            // The cross-kind view can lag behind the typed route right after a create; answer from what the create returned.
            return new Workload
            {
                Id = created.WorkloadId,
                Name = created.Name,
                Type = submission.Kind.ToString(),
                Phase = created.ActualPhase ?? "Creating",
                ProjectId = created.ProjectId,
                ProjectName = submission.ProjectName ?? created.ProjectId,
                ClusterId = created.ClusterId,
                DepartmentId = created.DepartmentId,
                CreatedAt = created.CreatedAt,
                SubmittedBy = created.CreatedBy,
            };
        }
    }

    /// <summary>Null when the existing workload is what this request would create; else a short description of the first difference.</summary>
    private async Task<string?> DifferenceAsync(Workload existing, WorkloadSubmission submission, JsonObject request, CancellationToken cancellationToken)
    {
        if (existing.Kind != submission.Kind) return $"it is a {existing.Type}, not a {submission.Kind}";
        var typed = await connection.GetAsync(RunaiPath.Format(Base + "/{0}/{1}", submission.Kind.RouteSegment(), existing.Id),
            WorkloadsJsonContext.Default.SubmittedWorkload, cancellationToken).ConfigureAwait(false);
        var actual = typed?.Spec is { ValueKind: JsonValueKind.Object } spec ? JsonNode.Parse(spec.GetRawText()) : new JsonObject();
        return WorkloadSpecComparer.FirstDifference(request["spec"], actual, "spec");
    }

    private static string CheckedId(string workloadId) => ResourceIds.Check(WorkloadResource.Descriptor, workloadId);

    private static bool IsConflict(RunaiException error) => error is RunaiApiException { StatusCode: HttpStatusCode.Conflict };
}

public static class WorkloadsConnectionExtensions
{
    /// <summary>The workloads client of this connection (stateless; cheap to create).</summary>
    public static WorkloadsClient Workloads(this RunaiConnection connection) => new(connection);
}
