using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Authentication;
using Runai.Client.Clusters;
using Runai.Client.Diagnostics;
using Runai.Client.Organization;
using Runai.Client.Pipeline;
using Runai.Client.Resources;

namespace Runai.Client;

/// <summary>
/// One control plane, one credential, one HttpClient. Thread-safe: one connection serves many threads and runspaces.
/// Resource clients (<see cref="Clusters"/>, …) hang off it. No public member reaches the credential's secret or a
/// token, so serialising or dumping a connection shows neither; what is safe to know of them has its own property.
/// </summary>
public sealed class RunaiConnection : IDisposable
{
    private readonly HttpPipeline pipeline;
    private readonly ConcurrentDictionary<object, object> resourceClients = new();
    private Cluster? cluster;
    private Project? project;

    public RunaiConnection(RunaiConnectionOptions options, RunaiCredential credential)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validated();
        Credential = credential ?? throw new ArgumentNullException(nameof(credential));
        TokenCache? tokens = null;
        pipeline = new HttpPipeline(Options, () => tokens!, credential.CanRefresh);
        tokens = new TokenCache(credential, () => new TokenRequestContext(pipeline.Token, Options.TimeProvider), Options.TimeProvider);
        Tokens = tokens;
        Cache = new ConnectionCache(Options.TimeProvider, ConnectionCache.DefaultLifetime);
    }

    public RunaiConnectionOptions Options { get; }

    // Internal so that no serialiser or object dump can walk from a connection to the secret or the bearer token.
    internal RunaiCredential Credential { get; }
    internal TokenCache Tokens { get; }

    public Uri BaseUrl => Options.BaseUrl;
    public RunaiAuthKind AuthKind => Credential.Kind;

    /// <summary>Short-lived lookups (cluster and department names, node pools) shared by this connection's callers.</summary>
    public ConnectionCache Cache { get; }

    /// <summary>The client of the collection <paramref name="resource"/> describes (one per collection and connection).</summary>
    public ResourceClient<T> Resource<T>(ResourceDescriptor<T> resource) where T : class =>
        (ResourceClient<T>)resourceClients.GetOrAdd(resource, r => new ResourceClient<T>(this, (ResourceDescriptor<T>)r));

    /// <summary>The application's client id, for client credentials (null for a bearer token or a CLI login).</summary>
    public string? ClientId => (Credential as ClientSecretCredential)?.ClientId;

    /// <summary>The token grant that worked last, for client credentials: <c>client_credentials</c> or <c>app_token</c>.</summary>
    public string? GrantType => (Credential as ClientSecretCredential)?.GrantType;

    /// <summary>When the current access token expires (null before the first token, or when its lifetime is unknown).</summary>
    public DateTimeOffset? TokenExpiresOn => Tokens.Current?.ExpiresOn;


    /// <summary>The cluster that cluster-scoped calls use by default (null when the tenant has several and none was chosen).</summary>
    public Cluster? Cluster
    {
        get => Volatile.Read(ref cluster);
        set => Volatile.Write(ref cluster, value);
    }

    /// <summary>
    /// The project that project-scoped calls use when none is named (as <c>runai project set</c> does for the Run:ai
    /// CLI); null when none was chosen.
    /// </summary>
    public Project? Project
    {
        get => Volatile.Read(ref project);
        set => Volatile.Write(ref project, value);
    }

    /// <summary>The selected cluster's id, or an error telling the user how to select one.</summary>
    public string RequireClusterId() =>
        Cluster?.Uuid ?? throw new RunaiNoClusterSelectedException();

    /// <summary>Fetches a token now, so bad credentials fail at connect time rather than at the first call.</summary>
    public Task<AccessToken> AuthenticateAsync(CancellationToken cancellationToken = default) =>
        Guard("POST", "/" + ClientSecretCredential.TokenPath, () => Tokens.GetTokenAsync(null, cancellationToken));

    /// <summary>Sends a request through the pipeline; transport failures become <see cref="RunaiNetworkException"/>.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default) =>
        Guard(request.Method.Method, "/" + request.RequestUri!.OriginalString.Split('?')[0].TrimStart('/'),
            () => pipeline.Api.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken));

    /// <summary>Sends a JSON request and reads a JSON answer (default when there is none); any non-2xx becomes a <see cref="RunaiApiException"/>.</summary>
    public async Task<TResult?> SendAsync<TResult>(HttpMethod method, string pathAndQuery, HttpContent? content,
        JsonTypeInfo<TResult>? resultType, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery.TrimStart('/')) { Content = content };
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var path = PathOnly(pathAndQuery);
        await ResponseReader.EnsureSuccessAsync(response, method.Method, path).ConfigureAwait(false);
        if (resultType is null || response.StatusCode == HttpStatusCode.NoContent) return default;
        var body = await ResponseReader.ReadBytesAsync(response).ConfigureAwait(false);
        if (ResponseReader.IsEmpty(body)) return default;
        return ResponseReader.Parse<Box<TResult>>(response, body, method.Method, path,
            b => new Box<TResult>(JsonSerializer.Deserialize(b, resultType)), typeof(TResult).Name).Value;
    }

    /// <summary>
    /// GETs an answer that is parsed from the response stream as it arrives (a list page), so the body's bytes are never
    /// held whole; errors as for <see cref="SendAsync{TResult}"/>, and a body cut off mid-way is a network error.
    /// </summary>
    internal Task<T> GetStreamedAsync<T>(string pathAndQuery, IReadOnlyList<int>? documented,
        Func<Stream, CancellationToken, ValueTask<T?>> parse, string what, CancellationToken cancellationToken) where T : class
    {
        var path = PathOnly(pathAndQuery);
        return Guard("GET", path, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery.TrimStart('/'));
            using var response = await pipeline.Api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            await ResponseReader.EnsureSuccessAsync(response, "GET", path, documented).ConfigureAwait(false);
            return await ResponseReader.ParseAsync(response, "GET", path, parse, what, cancellationToken).ConfigureAwait(false);
        });
    }

    public Task<TResult?> GetAsync<TResult>(string pathAndQuery, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, pathAndQuery, null, resultType, cancellationToken);


    /// <summary>
    /// Deletes what <paramref name="path"/> names. A retry answered 404 after an earlier attempt lost its answer means
    /// that attempt was applied: it is gone as asked, so that is success (with a warning), not an error.
    /// </summary>
    public Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        DeleteAsync(path, null, "the item", cancellationToken);

    /// <summary>As <see cref="DeleteAsync(string, CancellationToken)"/>; the warning names <paramref name="what"/>, and other 2xx than <paramref name="documented"/> get a Debug line.</summary>
    internal async Task DeleteAsync(string path, IReadOnlyList<int>? documented, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, path.TrimStart('/'));
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound && LostAnswer.EarlierAttemptLost(request))
        {
            RunaiLog.Current?.Warning($"The delete of {what} got no answer and its retry found it gone: the first attempt was applied.");
            return;
        }
        await ResponseReader.EnsureSuccessAsync(response, "DELETE", PathOnly(path), documented).ConfigureAwait(false);
    }

    public static HttpContent JsonContent(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public static Task EnsureSuccessAsync(HttpResponseMessage response, HttpMethod method, string pathAndQuery) =>
        ResponseReader.EnsureSuccessAsync(response, method.Method, PathOnly(pathAndQuery));

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
        catch (HttpRequestException e) when (IsCertificateRefusal(e))
        {
            throw new RunaiNetworkException(
                $"{method} {path}: the control plane's TLS certificate is not trusted ({Innermost(e).Message}), so nothing was sent. Trust its certificate authority, or skip the check for a test installation.",
                method, path, isTimeout: false, e);
        }
        catch (HttpRequestException e)
        {
            throw new RunaiNetworkException($"{method} {path} could not reach the control plane: {Innermost(e).Message}", method, path, isTimeout: false, e);
        }
        catch (IOException e)
        {
            // Only a streamed answer is read after the pipeline returns: its connection failed mid-body.
            throw new RunaiNetworkException($"{method} {path}: the answer was cut off: {Innermost(e).Message}", method, path, isTimeout: false, e);
        }
    }

    private static bool IsCertificateRefusal(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
            if (inner is System.Security.Authentication.AuthenticationException) return true;
        return false;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }

    public void Dispose() => pipeline.Dispose();

    // Lets value-typed answers pass through the reader, which needs a reference type to tell "no value" apart.
    private sealed class Box<T>
    {
        public Box(T? value) => Value = value;
        public T? Value { get; }
    }

    public override string ToString() => $"RunaiConnection({BaseUrl}, {AuthKind})";
}
