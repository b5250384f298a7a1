namespace Runai.Emulator.Infrastructure;

/// <summary>Which requests belong to the emulated control-plane API (as opposed to /admin).</summary>
public static class ApiPaths
{
    public const string Prefix = "/api";

    /// <summary>The token route(s): the only /api routes reachable without a bearer token.</summary>
    public static readonly IReadOnlySet<string> Anonymous = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/api/v1/token" };

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
