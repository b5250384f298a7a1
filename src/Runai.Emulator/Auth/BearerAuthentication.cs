using System.Security.Claims;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Auth;

/// <summary>Requires a valid <c>Authorization: Bearer</c> access token on every /api route except the token route.</summary>
internal static class BearerAuthentication
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!ApiPaths.IsApi(request) || ApiPaths.Anonymous.Contains(request.Path.Value ?? ""))
        {
            await next(context);
            return;
        }

        var failure = "The Authorization header with a bearer token is missing.";
        var header = request.Headers.Authorization.ToString();
        if (header.Length > 0)
        {
            const string scheme = "Bearer ";
            if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
            {
                failure = "The Authorization header is not a bearer token.";
            }
            else
            {
                var check = context.RequestServices.GetRequiredService<TokenIssuer>().Check(header[scheme.Length..].Trim());
                if (check.IsValid)
                {
                    context.User = new ClaimsPrincipal(new ClaimsIdentity(
                        [new Claim("sub", check.Subject!), new Claim("tenant_id", EmulatorTenant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                        authenticationType: "Bearer", nameType: "sub", roleType: null));
                    await next(context);
                    return;
                }
                failure = check.Failure!;
            }
        }

        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await ApiProblem.Unauthorized(failure).WriteAsync(context);
    }
}
