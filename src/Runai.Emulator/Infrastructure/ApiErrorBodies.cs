namespace Runai.Emulator.Infrastructure;

/// <summary>Gives bodiless /api error answers (no route: 404, wrong method: 405) the contract's Error shape.</summary>
public static class ApiErrorBodies
{
    public static WebApplication UseApiErrorBodies(this WebApplication app)
    {
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            if (!ApiPaths.IsApi(http.Request)) return Task.CompletedTask;
            var status = http.Response.StatusCode;
            var message = status switch
            {
                404 => $"No route for {http.Request.Method} {http.Request.Path}.",
                405 => $"Method {http.Request.Method} is not allowed on {http.Request.Path}.",
                _ => $"Request failed with status {status}.",
            };
            return ApiError.WriteAsync(http, status, message);
        });
        return app;
    }
}
