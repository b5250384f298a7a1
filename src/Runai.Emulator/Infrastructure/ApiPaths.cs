namespace Runai.Emulator.Infrastructure;

/// <summary>
/// Which requests belong to the emulated control-plane API (as opposed to /admin): <c>/api/...</c> and the deprecated
/// <c>/v1/k8s/...</c> operations the contract still holds.
/// </summary>
public static class ApiPaths
{
    public const string Prefix = "/api";
    public const string LegacyPrefix = "/v1/k8s";

    /// <summary>The token routes: the only API routes reachable without a bearer token.</summary>
    public static readonly IReadOnlySet<string> Anonymous = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "/api/v1/token", "/api/v2/token", "/v1/k8s/auth/oauth/apptoken",
    };

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments(LegacyPrefix, StringComparison.OrdinalIgnoreCase);
}
