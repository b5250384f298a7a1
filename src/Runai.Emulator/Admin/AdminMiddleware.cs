using Microsoft.AspNetCore.Http.Features;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Admin;

/// <summary>
/// Outermost /api middleware: records every request in the <see cref="RequestLog"/> and applies injected faults.
/// It runs before authentication and strict mode so faults hit every route, the token route included.
/// </summary>
internal static class AdminMiddleware
{
    // Bodies larger than this are not kept in the log (they are still handled).
    private const int MaxLoggedBodyChars = 256 * 1024;

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!ApiPaths.IsApi(request))
        {
            await next(context);
            return;
        }

        var body = await RequestBodies.ReadBufferedAsync(request);
        var services = context.RequestServices;
        var fault = services.GetRequiredService<FaultInjector>().TryTake(request.Method, request.Path.Value ?? "");
        var status = StatusCodes.Status500InternalServerError;
        var recorded = false;
        // Recorded before an injected connection close, so the entry exists by the time the client sees the abort.
        void Record(int answered)
        {
            if (recorded) return;
            recorded = true;
            services.GetRequiredService<RequestLog>().Add(new RequestLogEntry(
                request.Method,
                request.Path.Value ?? "",
                SecretRedactor.RedactQuery(request.QueryString.Value ?? ""),
                answered,
                request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase),
                body.Length > MaxLoggedBodyChars ? null : SecretRedactor.RedactBody(body),
                RequestNotes.Violation(context),
                fault?.Describe()));
        }
        // Recorded as the answer starts, so the entry exists by the time the client has the answer (a test that reads
        // the log right after its call would otherwise race the end of this middleware).
        context.Response.OnStarting(() =>
        {
            Record(context.Response.StatusCode);
            return Task.CompletedTask;
        });
        try
        {
            status = fault is null ? await RunHandlerAsync(context, next)
                : await ApplyFaultAsync(context, next, fault, body, services.GetRequiredService<TimeProvider>(), Record);
        }
        finally
        {
            Record(status);
        }
    }

    private static async Task<int> RunHandlerAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        return context.Response.StatusCode;
    }

    private static async Task<int> ApplyFaultAsync(HttpContext context, RequestDelegate next, Fault fault, string body, TimeProvider time,
        Action<int> recordBeforeAbort)
    {
        var delay = TimeSpan.FromMilliseconds(fault.DelayMs);
        if (fault.Status is null && !fault.CloseConnection)
        {
            // Delay-only fault: a slow but otherwise normal answer.
            await Task.Delay(delay, time, context.RequestAborted);
            return await RunHandlerAsync(context, next);
        }

        if (fault.ApplyFirst) await RunDiscardingResponseAsync(context, next);
        if (delay > TimeSpan.Zero) await Task.Delay(delay, time, context.RequestAborted);
        if (fault.CloseConnection)
        {
            recordBeforeAbort(0);
            context.Abort();
            return 0;
        }

        var status = fault.Status!.Value;
        context.Response.Clear();
        if (fault.RetryAfter is { } retryAfter)
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (fault.Body is { } text)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = fault.ContentType ?? "text/plain";
            await context.Response.WriteAsync(text, context.RequestAborted);
            return status;
        }
        var message = $"Fault injected by the emulator ({fault.Method ?? "any method"} {fault.Path}).";
        if (fault.EchoRequest) message += " " + Echo(context.Request, body);
        await new ApiProblem(status, message).WriteAsync(context);
        return status;
    }

    /// <summary>The request as a careless server quotes it back: every header (Authorization included) and the raw body.</summary>
    private static string Echo(HttpRequest request, string body)
    {
        var headers = string.Join("; ", request.Headers.Select(h => $"{h.Key}: {h.Value}"));
        return $"You sent {request.Method} {request.Path}{request.QueryString} with headers [{headers}] and body [{body}].";
    }

    /// <summary>Runs the real handler (so its state changes happen) while keeping its response from the client.</summary>
    private static async Task RunDiscardingResponseAsync(HttpContext context, RequestDelegate next)
    {
        var realBody = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(realBody);
        }
    }
}
