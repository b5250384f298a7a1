using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Runai.Client.Diagnostics;

namespace Runai.Client.Pipeline;

/// <summary>
/// Retries transient failures (<see cref="RetryRules"/>) with exponential backoff and jitter, honouring a capped
/// Retry-After. It sits outside authentication and logging, so every attempt gets a valid token and its own log line.
/// Each attempt has its own timeout.
/// </summary>
internal sealed class RetryHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Runai.Request");
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly RunaiConnectionOptions options;

    public RetryHandler(RunaiConnectionOptions options)
    {
        this.options = options;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Context, args.Outcome)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Outcome.Result is { } response && RetryAfterParser.Read(response, options.TimeProvider.GetUtcNow()) is { } wait
                        ? (wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait)
                        : null),
                OnRetry = args =>
                {
                    var request = args.Context.Properties.GetValue(RequestKey, null!);
                    var reason = args.Outcome.Result is { } r ? $"{(int)r.StatusCode} {r.StatusCode}" : args.Outcome.Exception?.GetType().Name;
                    if (args.Outcome.Exception is { } failure ? !RetryRules.IsConnectionRefused(failure) : (int)args.Outcome.Result!.StatusCode >= 500)
                        request.Properties[RequestProperties.EarlierAttemptLost] = true;
                    RunaiLog.Current?.Verbose(
                        $"{request.Method} {Redactor.PathAndQuery(request.RequestUri!)} got {reason}; retry {args.AttemptNumber + 1} of {options.MaxRetries} in {args.RetryDelay.TotalMilliseconds:0} ms.");
                    return default;
                },
            });
        }
        pipeline = builder.Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        var attempt = 0;
        try
        {
            return await pipeline.ExecuteAsync(async ctx =>
            {
                request.Properties[RequestProperties.Attempt] = ++attempt;
                using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(ctx.CancellationToken);
                attemptTimeout.CancelAfter(options.Timeout);
                try
                {
                    return await base.SendAsync(request, attemptTimeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException e) when (attemptTimeout.IsCancellationRequested && !ctx.CancellationToken.IsCancellationRequested)
                {
                    throw new AttemptTimeoutException(options.Timeout, e);
                }
            }, context).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        var method = context.Properties.GetValue(RequestKey, null!).Method;
        if (outcome.Exception is { } exception) return RetryRules.ShouldRetry(method, exception);
        return outcome.Result is { } response && RetryRules.ShouldRetry(method, response.StatusCode);
    }
}
