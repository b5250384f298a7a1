using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Auth;

/// <summary>Handles <c>POST /api/v1/token</c> (operation grant_token): client_credentials and the deprecated app_token.</summary>
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
        if (!IsKnown(options.Apps, id, secret))
            throw ApiProblem.Unauthorized("Invalid client credentials.");

        // No refresh token: client-credentials clients simply ask again (RFC 6749 4.4.3).
        return Results.Json(new TokenResponse(issuer.Issue(id), issuer.TtlSeconds));
    }

    private static string? StringProperty(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsKnown(IEnumerable<AppCredential> apps, string id, string secret)
    {
        var given = Encoding.UTF8.GetBytes(secret);
        return apps.Any(app => app.ClientId == id && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(app.Secret), given));
    }
}

/// <summary>The contract's TokenResponse.</summary>
public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("accessToken")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("expiresIn")] int ExpiresIn);
