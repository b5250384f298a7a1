using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;

namespace Runai.Client.Pipeline;

/// <summary>
/// A change whose answer was lost: the connection dropped, the attempt timed out or a 5xx came back, so the control
/// plane may have applied it. The creates look for what the attempt made instead of failing or sending it twice.
/// </summary>
public static class LostAnswer
{
    /// <summary>Whether <paramref name="error"/> may hide an applied request.</summary>
    public static bool MayHaveBeenApplied(RunaiException error) =>
        error is RunaiNetworkException || error is RunaiApiException { StatusCode: >= HttpStatusCode.InternalServerError };

    /// <summary>Whether an earlier attempt of <paramref name="request"/> (retried by the pipeline) lost its answer.</summary>
    internal static bool EarlierAttemptLost(HttpRequestMessage request) =>
        request.Properties.TryGetValue(RequestProperties.EarlierAttemptLost, out var lost) && lost is true;

    /// <summary>The error when neither the change nor the look-up for its result got an answer.</summary>
    public static RunaiNetworkException Unconfirmed(RunaiException error, string method, string path, string noun, string name) =>
        new($"{method} /{path.TrimStart('/')} got no answer ({error.Message}), and looking for the {noun} '{name}' afterwards failed too: the request may have been applied. Look for a {noun} named '{name}' before sending it again.",
            method, path, error is RunaiNetworkException { IsTimeout: true }, error);

    /// <summary>
    /// The first top-level value the request set that the found item has otherwise ("parentId: 4 ≠ 7"), or null when
    /// the item matches. Only plain values are compared: nested ones (quotas, specs) come back with server defaults.
    /// </summary>
    public static string? Difference(JsonObject request, JsonObject? found)
    {
        if (found is null) return null;
        var differences = new List<string>();
        foreach (var field in request)
        {
            if (field.Value is not JsonValue sent || found[field.Key] is not JsonValue have) continue;
            var a = sent.ToJsonString();
            var b = have.ToJsonString();
            if (a != b) differences.Add($"{field.Key}: {b} instead of {a}");
        }
        return differences.Count == 0 ? null : string.Join(", ", differences.Take(3));
    }
}
