using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Emulator;

/// <summary>
/// The emulator's admin routes (<c>/admin/...</c>: no token, loopback only), for the test cmdlets: reset to the seeded
/// state, inject faults, read and clear the request log. A refusal throws <see cref="RunaiApiException"/> with the
/// emulator's Error body.
/// </summary>
public sealed class EmulatorAdminClient : IDisposable
{
    private readonly HttpClient http;
    private readonly bool ownsHttp;

    /// <param name="baseUrl">The emulator's URL, e.g. <c>http://127.0.0.1:5123</c>.</param>
    /// <param name="http">An HttpClient to use (not disposed); a new one when null.</param>
    public EmulatorAdminClient(Uri baseUrl, HttpClient? http = null)
    {
        BaseUrl = baseUrl ?? throw new ArgumentNullException(nameof(baseUrl));
        ownsHttp = http is null;
        this.http = http ?? new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUrl { get; }

    /// <summary>Back to the seeded state; clears faults and the request log.</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "/admin/reset", null, cancellationToken);

    /// <summary>Registers a fault; returns it as the emulator stored it (with its id).</summary>
    public async Task<EmulatorFault> AddFaultAsync(EmulatorFault fault, CancellationToken cancellationToken = default)
    {
        if (fault is null) throw new ArgumentNullException(nameof(fault));
        var body = new JsonObject
        {
            ["method"] = fault.Method,
            ["path"] = fault.Path,
            ["status"] = fault.Status,
            ["retryAfter"] = fault.RetryAfterSeconds,
            ["delayMs"] = fault.DelayMilliseconds,
            ["closeConnection"] = fault.CloseConnection,
            ["applyFirst"] = fault.ApplyFirst,
            ["count"] = fault.Count,
            ["body"] = fault.Body,
            ["contentType"] = fault.ContentType,
            ["echoRequest"] = fault.EchoRequest,
        };
        var answer = await SendAsync(HttpMethod.Post, "/admin/faults", body, cancellationToken).ConfigureAwait(false);
        return answer is JsonObject stored ? EmulatorFault.FromJson(stored) : fault;
    }

    /// <summary>The request log, oldest first; secrets are masked by the emulator before they are logged.</summary>
    public async Task<IReadOnlyList<EmulatorRequest>> GetRequestsAsync(CancellationToken cancellationToken = default)
    {
        var answer = await SendAsync(HttpMethod.Get, "/admin/requests", null, cancellationToken).ConfigureAwait(false);
        return (answer as JsonArray ?? new JsonArray()).OfType<JsonObject>().Select(EmulatorRequest.FromJson).ToList();
    }

    public Task ClearRequestsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, "/admin/requests", null, cancellationToken);

    public void Dispose()
    {
        if (ownsHttp) http.Dispose();
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(BaseUrl, path));
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new RunaiException($"The emulator at {BaseUrl} cannot be reached: {ex.Message}", ex);
        }
        using (response)
        {
            var text = response.Content is null ? "" : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            JsonNode? json = null;
            try
            {
                if (!string.IsNullOrWhiteSpace(text)) json = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                // Not JSON: only the status says what happened.
            }
            if (response.IsSuccessStatusCode) return json;
            throw new RunaiApiException(response.StatusCode, method.Method, path,
                json?["code"] is JsonValue code && code.TryGetValue<int>(out var number) ? number : (int?)null,
                json?["message"] is JsonValue message && message.TryGetValue<string>(out var messageText) ? messageText : null,
                json?["details"] is JsonValue details && details.TryGetValue<string>(out var detailsText) ? detailsText : null);
        }
    }
}

/// <summary>A fault for the emulator to answer with instead of (or, with <see cref="ApplyFirst"/>, after) the real handler.</summary>
public sealed class EmulatorFault
{
    public int? Id { get; set; }
    /// <summary>The HTTP method to match; null matches any.</summary>
    public string? Method { get; set; }
    /// <summary>The path prefix to match, starting with '/'.</summary>
    public string Path { get; set; } = "";
    public int? Status { get; set; }
    public int? RetryAfterSeconds { get; set; }
    public int DelayMilliseconds { get; set; }
    /// <summary>Abort the connection instead of answering.</summary>
    public bool CloseConnection { get; set; }
    /// <summary>Let the handler run (its change sticks), then answer the fault: a lost answer.</summary>
    public bool ApplyFirst { get; set; }
    public int Count { get; set; } = 1;
    /// <summary>The answer's body as given (an HTML page, truncated JSON; "" for none) instead of the error JSON.</summary>
    public string? Body { get; set; }
    /// <summary>The Content-Type of <see cref="Body"/> (text/plain when null).</summary>
    public string? ContentType { get; set; }
    /// <summary>Quote the request's headers and body in the error answer, as a careless server or proxy does.</summary>
    public bool EchoRequest { get; set; }

    internal static EmulatorFault FromJson(JsonObject json) => new()
    {
        Id = Int(json["id"]),
        Method = Text(json["method"]),
        Path = Text(json["path"]) ?? "",
        Status = Int(json["status"]),
        RetryAfterSeconds = Int(json["retryAfter"]),
        DelayMilliseconds = Int(json["delayMs"]) ?? 0,
        CloseConnection = json["closeConnection"] is JsonValue close && close.TryGetValue<bool>(out var c) && c,
        ApplyFirst = json["applyFirst"] is JsonValue apply && apply.TryGetValue<bool>(out var a) && a,
        Count = Int(json["count"]) ?? 1,
        Body = Text(json["body"]),
        ContentType = Text(json["contentType"]),
        EchoRequest = json["echoRequest"] is JsonValue echo && echo.TryGetValue<bool>(out var e) && e,
    };

    internal static int? Int(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var number) ? number : (int?)null;

    internal static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary>One API request the emulator logged. <see cref="Body"/> is the JSON body with secret-like fields masked.</summary>
public sealed class EmulatorRequest
{
    public string Method { get; set; } = "";
    public string Path { get; set; } = "";
    /// <summary>The query string without '?', secret-like values masked.</summary>
    public string Query { get; set; } = "";
    /// <summary>What the client got; 0 when the connection was aborted.</summary>
    public int Status { get; set; }
    public bool HasBearer { get; set; }
    /// <summary>The masked body as JSON text, or null when there was none.</summary>
    public string? Body { get; set; }
    /// <summary>Why strict mode refused the request, if it did.</summary>
    public string? Violation { get; set; }
    /// <summary>The injected fault that answered, if any.</summary>
    public string? Fault { get; set; }

    internal static EmulatorRequest FromJson(JsonObject json) => new()
    {
        Method = EmulatorFault.Text(json["method"]) ?? "",
        Path = EmulatorFault.Text(json["path"]) ?? "",
        Query = EmulatorFault.Text(json["query"]) ?? "",
        Status = EmulatorFault.Int(json["status"]) ?? 0,
        HasBearer = json["hasBearer"] is JsonValue bearer && bearer.TryGetValue<bool>(out var b) && b,
        Body = json["body"]?.ToJsonString(),
        Violation = EmulatorFault.Text(json["violation"]),
        Fault = EmulatorFault.Text(json["fault"]),
    };
}
