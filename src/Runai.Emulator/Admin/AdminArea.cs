using System.Text.Json;
using Runai.Emulator.Auth;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Admin;

/// <summary>
/// The admin routes (outside /api, no token): reset, fault injection, the request log and counters.
/// <see cref="UseAdminArea"/> installs the logging/fault middleware; call it before the auth and contract hooks.
/// </summary>
public static class AdminArea
{
    public static IServiceCollection AddAdminArea(this IServiceCollection services)
    {
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<FaultInjector>());
        services.AddSingleton<RequestLog>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<RequestLog>());
        return services;
    }

    public static WebApplication UseAdminArea(this WebApplication app)
    {
        app.Use(AdminMiddleware.InvokeAsync);
        return app;
    }

    public static WebApplication MapAdminArea(this WebApplication app)
    {
        var admin = app.MapGroup("/admin");
        admin.MapPost("/reset", (IEnumerable<IResettable> stores) =>
        {
            foreach (var store in stores) store.Reset();
            return Results.NoContent();
        });
        admin.MapPost("/faults", AddFaultAsync);
        admin.MapGet("/faults", (FaultInjector faults) => Results.Json(faults.Pending()));
        admin.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Reset();
            return Results.NoContent();
        });
        admin.MapGet("/requests", (RequestLog log) => Results.Json(log.Snapshot()));
        admin.MapDelete("/requests", (RequestLog log) =>
        {
            log.Reset();
            return Results.NoContent();
        });
        admin.MapGet("/stats", (TokenIssuer tokens, RequestLog log) =>
            Results.Json(new { tokensIssued = tokens.IssuedCount, requestsLogged = log.Snapshot().Count, contractViolations = log.Violations().Count }));
        // Not cleared by /admin/reset: every token issued over the run, so a test can search its output for them.
        admin.MapGet("/tokens", (TokenIssuer tokens) => Results.Json(tokens.Issued()));
        // Not cleared by /admin/reset: what strict mode rejected over the whole run.
        admin.MapGet("/violations", (RequestLog log) => Results.Json(log.Violations()));
        return app;
    }

    private static async Task<IResult> AddFaultAsync(HttpRequest request, FaultInjector faults)
    {
        Fault? fault;
        try
        {
            fault = await JsonSerializer.DeserializeAsync<Fault>(request.Body, JsonSerializerOptions.Web, request.HttpContext.RequestAborted);
        }
        catch (JsonException ex)
        {
            throw ApiProblem.BadRequest($"The fault is not valid JSON: {ex.Message}");
        }
        if (fault is null) throw ApiProblem.BadRequest("The fault body is missing.");
        if (fault.Validate() is { } problem) throw ApiProblem.BadRequest(problem);
        return Results.Json(faults.Add(fault), statusCode: StatusCodes.Status201Created);
    }
}
