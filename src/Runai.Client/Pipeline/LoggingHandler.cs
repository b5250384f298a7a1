using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Diagnostics;

namespace Runai.Client.Pipeline;

/// <summary>
/// One Verbose line per attempt (method, path, status, milliseconds, attempt); at Debug also the request and response
/// bodies, redacted and capped. Headers are never logged, so Authorization cannot leak.
/// </summary>
internal sealed class LoggingHandler : DelegatingHandler
{
    private readonly TimeProvider time;

    public LoggingHandler(TimeProvider time) => this.time = time;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var log = RunaiLog.Current;
        // Nobody reads the lines: neither format them nor wake the reader for them (most calls run like this).
        if (log is null || !(log.IsVerboseEnabled || log.IsDebugEnabled)) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        var target = $"{request.Method} {Redactor.PathAndQuery(request.RequestUri!)}";
        var attempt = request.Properties.TryGetValue(RequestProperties.Attempt, out var a) ? a : 1;
        if (log.IsDebugEnabled && request.Content is not null)
            log.Debug($"{target} request body: {Redactor.Body(await request.Content.ReadAsStringAsync().ConfigureAwait(false))}");

        var started = time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            log.Verbose($"{target} failed after {time.GetElapsedTime(started).TotalMilliseconds:0} ms (attempt {attempt}): {e.GetType().Name}: {e.Message}");
            throw;
        }
        log.Verbose($"{target} -> {(int)response.StatusCode} {response.StatusCode} in {time.GetElapsedTime(started).TotalMilliseconds:0} ms (attempt {attempt})");
        if (log.IsDebugEnabled && response.Content is not null)
        {
            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            var answer = Redactor.Body(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            log.Debug($"{target} response body: {Redactor.Scrub(answer, Redactor.SecretsOf(request))}");
        }
        return response;
    }
}
