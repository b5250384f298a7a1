using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Authentication;
using Runai.Client.Clusters;
using Runai.Client.Json;
using Runai.Client.Pipeline;

namespace Runai.Client;

/// <summary>
/// One control plane, one credential, one HttpClient. Thread-safe: one connection serves many threads and runspaces.
/// Resource clients (<see cref="Clusters"/>, …) hang off it. No public member reaches the credential's secret or a
/// token, so serialising or dumping a connection shows neither; what is safe to know of them has its own property.
/// </summary>
public sealed class RunaiConnection : IDisposable
{
    private readonly HttpPipeline pipeline;
    private Cluster? cluster;

    public RunaiConnection(RunaiConnectionOptions options, RunaiCredential credential)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validated();
        Credential = credential ?? throw new ArgumentNullException(nameof(credential));
        TokenCache? tokens = null;
        pipeline = new HttpPipeline(Options, () => tokens!, credential.CanRefresh);
        tokens = new TokenCache(credential, () => new TokenRequestContext(pipeline.Token, Options.TimeProvider), Options.TimeProvider);
        Tokens = tokens;
        Clusters = new ClustersClient(this);
    }

    public RunaiConnectionOptions Options { get; }

    // Internal so that no serialiser or object dump can walk from a connection to the secret or the bearer token.
    internal RunaiCredential Credential { get; }
    internal TokenCache Tokens { get; }

    public Uri BaseUrl => Options.BaseUrl;
    public RunaiAuthKind AuthKind => Credential.Kind;

    /// <summary>The application's client id, for client credentials (null for a bearer token or a CLI login).</summary>
    public string? ClientId => (Credential as ClientSecretCredential)?.ClientId;

    /// <summary>The token grant that worked last, for client credentials: <c>client_credentials</c> or <c>app_token</c>.</summary>
    public string? GrantType => (Credential as ClientSecretCredential)?.GrantType;

    /// <summary>When the current access token expires (null before the first token, or when its lifetime is unknown).</summary>
    public DateTimeOffset? TokenExpiresOn => Tokens.Current?.ExpiresOn;

    public ClustersClient Clusters { get; }

    /// <summary>The cluster that cluster-scoped calls use by default (null when the tenant has several and none was chosen).</summary>
    public Cluster? Cluster
    {
        get => Volatile.Read(ref cluster);
        set => Volatile.Write(ref cluster, value);
    }

    /// <summary>The selected cluster's id, or an error telling the user how to select one.</summary>
    public string RequireClusterId() =>
        Cluster?.Uuid ?? throw new RunaiException("No cluster is selected. Run Set-RunaiContext -Cluster <name> (Get-RunaiCluster lists them).");

    /// <summary>Fetches a token now, so bad credentials fail at connect time rather than at the first call.</summary>
    public Task<AccessToken> AuthenticateAsync(CancellationToken cancellationToken = default) =>
        Guard("POST", "/" + ClientSecretCredential.TokenPath, () => Tokens.GetTokenAsync(null, cancellationToken));

    /// <summary>Sends a request through the pipeline; transport failures become <see cref="RunaiNetworkException"/>.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default) =>
        Guard(request.Method.Method, "/" + request.RequestUri!.OriginalString.Split('?')[0].TrimStart('/'),
            () => pipeline.Api.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken));

    /// <summary>Sends a JSON request and reads a JSON answer; any non-2xx becomes a <see cref="RunaiApiException"/>.</summary>
    public async Task<TResult?> SendAsync<TResult>(HttpMethod method, string pathAndQuery, HttpContent? content,
        JsonTypeInfo<TResult>? resultType, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery.TrimStart('/')) { Content = content };
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, method, pathAndQuery).ConfigureAwait(false);
        if (resultType is null || response.StatusCode == HttpStatusCode.NoContent) return default;
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text)) return default;
        try
        {
            return JsonSerializer.Deserialize(text, resultType);
        }
        catch (JsonException e)
        {
            throw new RunaiException($"{method} {PathOnly(pathAndQuery)} answered with JSON this module cannot read as {typeof(TResult).Name}: {e.Message}", e);
        }
    }

    public Task<TResult?> GetAsync<TResult>(string pathAndQuery, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, pathAndQuery, null, resultType, cancellationToken);

    public Task<TResult?> SendJsonAsync<TBody, TResult>(HttpMethod method, string pathAndQuery, TBody body, JsonTypeInfo<TBody> bodyType,
        JsonTypeInfo<TResult>? resultType, CancellationToken cancellationToken = default) =>
        SendAsync(method, pathAndQuery, JsonContent(JsonSerializer.Serialize(body, bodyType)), resultType, cancellationToken);

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Delete, path, null, null, cancellationToken);

    public static HttpContent JsonContent(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public static async Task EnsureSuccessAsync(HttpResponseMessage response, HttpMethod method, string pathAndQuery)
    {
        if (response.IsSuccessStatusCode) return;
        throw await ApiErrorReader.ReadAsync(response, method.Method, PathOnly(pathAndQuery)).ConfigureAwait(false);
    }

    /// <summary>The path without its query (errors never show query values).</summary>
    public static string PathOnly(string pathAndQuery) => "/" + pathAndQuery.Split('?')[0].TrimStart('/');

    private static async Task<T> Guard<T>(string method, string path, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AttemptTimeoutException e)
        {
            throw new RunaiNetworkException($"{method} {path} timed out: {e.Message}", method, path, isTimeout: true, e);
        }
        catch (HttpRequestException e)
        {
            throw new RunaiNetworkException($"{method} {path} could not reach the control plane: {Innermost(e).Message}", method, path, isTimeout: false, e);
        }
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }

    public void Dispose() => pipeline.Dispose();

    public override string ToString() => $"RunaiConnection({BaseUrl}, {AuthKind})";
}
