using System.Net;
using Runai.Client;
using Runai.Client.Diagnostics;
using Runai.Client.Workloads;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client.Workloads;

/// <summary>The create that never duplicates: what it does after a lost answer, a 409, or a workload that differs.</summary>
public class WorkloadCreateTests
{
    private const string Cluster = "00000000-0000-4000-8000-000000000001";
    private const string Id = "3f1c1b1e-6a43-4d43-9d0e-6c1f7f0c2a11";
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-01-01T00:00:00Z");

    private static readonly string ExistingList =
        $$"""{"workloads":[{"id":"{{Id}}","name":"bert","type":"Training","phase":"Running","projectId":"7","projectName":"team-a","clusterId":"{{Cluster}}"}]}""";

    private static string Typed(string image) =>
        $$$"""{"workloadId":"{{{Id}}}","name":"bert","projectId":"7","clusterId":"{{{Cluster}}}","createdBy":"x","createdAt":"2026-01-01T00:00:00Z","desiredPhase":"Running","spec":{"image":"{{{image}}}","category":"Train"}}""";

    private static WorkloadSubmission Submission(string image = "busybox") =>
        new(WorkloadKind.Training, "bert", "7", Cluster) { Image = image, ProjectName = "team-a" };

    /// <summary>The token endpoint works; POSTs to the trainings route get <paramref name="create"/>(attempt); reads answer from the given state.</summary>
    private static ScriptedTransport Transport(Func<int, HttpResponseMessage> create, Func<bool> exists, string existingImage = "busybox")
    {
        var posts = 0;
        return new ScriptedTransport((request, _, _) =>
        {
            var path = request.RequestUri!.AbsolutePath;
            if (path == "/api/v1/token") return ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(TestJwt.Create(Start, TimeSpan.FromHours(1))));
            if (request.Method == HttpMethod.Post) return create(Interlocked.Increment(ref posts));
            if (path == "/api/v1/workloads") return ScriptedTransport.Json(HttpStatusCode.OK, exists() ? ExistingList : """{"workloads":[]}""");
            if (path == $"/api/v1/workloads/trainings/{Id}") return ScriptedTransport.Json(HttpStatusCode.OK, Typed(existingImage));
            if (path == $"/api/v1/workloads/{Id}") return ScriptedTransport.Json(HttpStatusCode.OK, ExistingList[14..^2]);
            return ScriptedTransport.Error(HttpStatusCode.NotFound, "no route");
        });
    }

    private static HttpResponseMessage Lost() => throw new HttpRequestException("The response ended prematurely.");

    [Fact]
    public async Task A_lost_answer_to_an_applied_create_returns_the_existing_workload_with_a_warning()
    {
        var applied = false;
        var transport = Transport(_ => { applied = true; return Lost(); }, () => applied);
        using var connection = TestConnections.Create(transport);
        var log = new ListLogSink();

        Workload workload;
        using (RunaiLog.Use(log)) workload = await connection.Workloads().CreateAsync(Submission());

        Assert.Equal(Id, workload.Id);
        Assert.Contains("WARNING: The training 'bert' in project 'team-a' already exists with the same spec", log.All);
        Assert.Equal(1, transport.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.StartsWith("/api/v1/workloads")));
        Assert.Contains(transport.Requests, r => r.PathAndQuery.Contains("filterBy=name%3D%3Dbert%2CprojectId%3D%3D7"));
    }

    [Fact]
    public async Task A_409_for_the_same_spec_returns_the_existing_workload()
    {
        var transport = Transport(_ => ScriptedTransport.Error(HttpStatusCode.Conflict, "exists"), () => true);
        using var connection = TestConnections.Create(transport);

        Assert.Equal(Id, (await connection.Workloads().CreateAsync(Submission())).Id);
    }

    [Fact]
    public async Task An_existing_workload_with_another_spec_is_a_conflict_naming_the_difference()
    {
        var transport = Transport(_ => ScriptedTransport.Error(HttpStatusCode.Conflict, "exists"), () => true, existingImage: "other");
        using var connection = TestConnections.Create(transport);

        var error = await Assert.ThrowsAsync<RunaiApiException>(() => connection.Workloads().CreateAsync(Submission()));
        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Contains("spec.image", error.ApiMessage);
        Assert.Contains("team-a", error.ApiMessage);
    }

    [Fact]
    public async Task A_lost_create_that_was_not_applied_is_sent_once_more()
    {
        var applied = false;
        var transport = Transport(attempt =>
        {
            if (attempt == 1) return Lost();
            applied = true;
            return ScriptedTransport.Json(HttpStatusCode.Accepted, Typed("busybox"));
        }, () => applied);
        using var connection = TestConnections.Create(transport);

        Assert.Equal(Id, (await connection.Workloads().CreateAsync(Submission())).Id);
        Assert.Equal(2, transport.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.StartsWith("/api/v1/workloads")));
    }

    [Fact]
    public async Task A_409_with_no_workload_of_that_name_surfaces_and_a_second_lost_answer_too()
    {
        var conflict = Transport(_ => ScriptedTransport.Error(HttpStatusCode.Conflict, "exists"), () => false);
        using (var connection = TestConnections.Create(conflict))
            Assert.Equal(HttpStatusCode.Conflict, (await Assert.ThrowsAsync<RunaiApiException>(() => connection.Workloads().CreateAsync(Submission()))).StatusCode);

        var alwaysLost = Transport(_ => Lost(), () => false);
        using (var connection = TestConnections.Create(alwaysLost))
            await Assert.ThrowsAsync<RunaiNetworkException>(() => connection.Workloads().CreateAsync(Submission()));
        Assert.Equal(2, alwaysLost.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.StartsWith("/api/v1/workloads")));
    }

    [Fact]
    public async Task Invalid_input_is_refused_before_any_request()
    {
        var transport = Transport(_ => ScriptedTransport.Json(HttpStatusCode.Accepted, Typed("busybox")), () => false);
        using var connection = TestConnections.Create(transport);

        await Assert.ThrowsAsync<RunaiInvalidValueException>(() =>
            connection.Workloads().CreateAsync(new WorkloadSubmission(WorkloadKind.Training, "Bad_Name", "7", Cluster)));
        Assert.Empty(transport.Requests);
    }
}
