using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Auth;

/// <summary>
/// Handles <c>POST /api/v1/token</c> (operation grant_token: client_credentials and the deprecated app_token, as JSON)
/// and <c>POST /api/v2/token</c> (grant_token_v2: the OAuth2 client_credentials grant, form-encoded). Field names are
/// matched case-insensitively, as the real service does, so <c>clientId</c>, <c>clientID</c>, <c>AppId</c> and
/// <c>appID</c> all work.
/// </summary>
internal static class TokenGrant
{
    public static async Task<IResult> HandleAsync(HttpRequest request, EmulatorOptions options, TokenIssuer issuer)
    {
        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw ApiProblem.BadRequest("The request body is not valid JSON.");
        }
        if (body.ValueKind != JsonValueKind.Object) throw ApiProblem.BadRequest("The request body must be a JSON object.");

        var grantType = StringProperty(body, "grantType");
        string? idField, secretField;
        switch (grantType)
        {
            case "client_credentials" when options.LegacyTokenOnly:
                throw ApiProblem.BadRequest("Unsupported grant type 'client_credentials'.");
            case "client_credentials":
                (idField, secretField) = ("clientID", "clientSecret");
                break;
            case "app_token":
                (idField, secretField) = ("appID", "appSecret");
                break;
            case null:
                throw ApiProblem.BadRequest("grantType is required.");
            default:
                throw ApiProblem.BadRequest($"Grant type '{grantType}' is not supported by the emulator.");
        }

        var id = StringProperty(body, idField);
        var secret = StringProperty(body, secretField);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret))
            throw ApiProblem.BadRequest($"Grant type '{grantType}' needs {idField} and {secretField}.");
        if (!IsKnown(request, options.Apps, id, secret))
            throw ApiProblem.Unauthorized("Invalid client credentials.");

        // No refresh token: client-credentials clients simply ask again (RFC 6749 4.4.3).
        return Results.Json(new TokenResponse(issuer.Issue(id), issuer.TtlSeconds));
    }

    /// <summary>The OAuth2 form grant; refusals are the contract's OAuth2Error, not the Error body.</summary>
    public static async Task<IResult> HandleV2Async(HttpRequest request, EmulatorOptions options, TokenIssuer issuer)
    {
        if (!request.HasFormContentType)
            return OAuthError(400, "invalid_request", "The body must be application/x-www-form-urlencoded.");
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        string? Field(string name) =>
            form.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value.FirstOrDefault();

        var grantType = Field("grant_type");
        if (string.IsNullOrEmpty(grantType)) return OAuthError(400, "invalid_request", "grant_type is required.");
        if (grantType != "client_credentials")
            return OAuthError(400, "unsupported_grant_type", $"Grant type '{grantType}' is not supported by the emulator.");
        var id = Field("client_id");
        var secret = Field("client_secret");
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret))
            return OAuthError(400, "invalid_request", "Grant type 'client_credentials' needs client_id and client_secret.");
        if (!IsKnown(request, options.Apps, id, secret)) return OAuthError(401, "invalid_client", "Invalid client credentials.");
        return Results.Json(new OAuth2TokenResponse(issuer.Issue(id), "Bearer", issuer.TtlSeconds));
    }

    private static IResult OAuthError(int status, string error, string description) =>
        Results.Json(new OAuth2Error(error, description), statusCode: status);

    // The real service binds JSON case-insensitively; an exact-case match wins when a body has both spellings.
    private static string? StringProperty(JsonElement body, string name)
    {
        if (body.TryGetProperty(name, out var exact)) return exact.ValueKind == JsonValueKind.String ? exact.GetString() : null;
        foreach (var property in body.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
        }
        return null;
    }

    /// <summary>An <c>--app</c> application, or a service account or access key (<see cref="IClientCredentials"/>).</summary>
    private static bool IsKnown(HttpRequest request, IEnumerable<AppCredential> apps, string id, string secret) =>
        apps.Any(app => app.ClientId == id && SecretEquals(app.Secret, secret))
        || request.HttpContext.RequestServices.GetServices<IClientCredentials>().Any(clients => clients.Verify(id, secret));

    public static bool SecretEquals(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}

/// <summary>The contract's TokenResponse.</summary>
public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("accessToken")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("expiresIn")] int ExpiresIn);

/// <summary>The contract's OAuth2TokenResponse (grant_token_v2).</summary>
public sealed record OAuth2TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>The contract's OAuth2Error.</summary>
public sealed record OAuth2Error(
    [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
    [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string Description);
