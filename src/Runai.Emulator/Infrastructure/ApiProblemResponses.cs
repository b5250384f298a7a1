namespace Runai.Emulator.Infrastructure;

/// <summary>
/// Turns every refusal into the contract's Error body: an <see cref="ApiProblem"/> thrown by any endpoint, and the
/// bodiless answers of routing itself (no route: 404, wrong method: 405) on every path, /api or not: a client (or a
/// person with curl) always gets a JSON body saying what happened.
/// </summary>
public static class ApiProblemResponses
{
    public static WebApplication UseApiProblemResponses(this WebApplication app)
    {
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            var status = http.Response.StatusCode;
            var message = status switch
            {
                404 => $"No route for {http.Request.Method} {http.Request.Path}.",
                405 => $"Method {http.Request.Method} is not allowed on {http.Request.Path}.",
                _ => $"Request failed with status {status}.",
            };
            return new ApiProblem(status, message).WriteAsync(http);
        });
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (ApiProblem problem) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await problem.WriteAsync(context);
            }
        });
        return app;
    }
}
