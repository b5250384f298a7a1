using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Contract;

/// <summary>
/// Strict mode (the default; <c>--contract</c> names another document, <c>--lenient</c> turns it off): every /api request is checked against the Run:ai OpenAPI contract before it is
/// handled. Unknown path: 404; known path, undefined method: 405; bad parameters or body: 400. The message starts
/// with <see cref="ContractCheck.Prefix"/> and names the operation and the first violations with JSON paths.
/// </summary>
public static class ContractArea
{
    public static IServiceCollection AddContractArea(this IServiceCollection services, EmulatorOptions options)
    {
        // Loaded while building, so a bad path fails at start-up rather than on the first request.
        if (options.Lenient) return services;
        services.AddSingleton(options.ContractPath is { } path ? OpenApiContract.Load(path) : OpenApiContract.LoadDigest());
        return services;
    }

    public static WebApplication UseContractArea(this WebApplication app)
    {
        if (app.Services.GetService<OpenApiContract>() is { } contract)
            app.Use((context, next) => CheckAsync(context, next, contract));
        return app;
    }

    private static async Task CheckAsync(HttpContext context, RequestDelegate next, OpenApiContract contract)
    {
        var request = context.Request;
        if (!ApiPaths.IsApi(request))
        {
            await next(context);
            return;
        }

        var body = await RequestBodies.ReadBufferedAsync(request);
        var check = contract.Check(request.Method, request.Path.Value ?? "", request.Query, request.ContentType, body);
        if (check.OperationId is { } operationId && !IsEmulated(context))
        {
            await new ApiProblem(StatusCodes.Status501NotImplemented,
                $"Operation {operationId} ({request.Method} {request.Path}) is in the Run:ai contract but not emulated.").WriteAsync(context);
            return;
        }
        if (check.IsValid)
        {
            await next(context);
            return;
        }

        var message = check.Message;
        RequestNotes.SetViolation(context, message);
        if (check.Allow is not null) context.Response.Headers.Allow = check.Allow;
        await new ApiProblem(check.Status, message).WriteAsync(context);
    }

    // Routing has run: a served operation has a route endpoint for this method (a method mismatch yields none, or
    // the framework's 405 endpoint, which is no RouteEndpoint).
    private static bool IsEmulated(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint endpoint
        && (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
            || methods.HttpMethods.Count == 0
            || methods.HttpMethods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase));
}
