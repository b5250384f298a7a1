using System;
using System.Net;
using System.Net.Http;
using System.Security;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Json;
using Runai.Client.Pipeline;

namespace Runai.Client.Authentication;

/// <summary>
/// An application or service account. Tokens come from <c>POST /api/v1/token</c> with the <c>client_credentials</c> grant;
/// a control plane from before that grant answers it with 400, so the deprecated <c>app_token</c> grant is tried once and,
/// if it works, used from then on.
/// </summary>
public sealed class ClientSecretCredential : RunaiCredential
{
    public const string TokenPath = "api/v1/token";
    private readonly SecureString secret;
    private volatile bool useLegacyGrant;

    public ClientSecretCredential(string clientId, SecureString clientSecret)
    {
        if (string.IsNullOrWhiteSpace(clientId)) throw new ArgumentException("A client id is required.", nameof(clientId));
        ClientId = clientId;
        secret = (clientSecret ?? throw new ArgumentNullException(nameof(clientSecret))).Copy();
        secret.MakeReadOnly();
    }

    public ClientSecretCredential(string clientId, string clientSecret) : this(clientId, ToSecureString(clientSecret)) { }

    public string ClientId { get; }
    public override RunaiAuthKind Kind => RunaiAuthKind.ClientCredentials;
    public override bool CanRefresh => true;

    /// <summary>The grant that worked last: <c>client_credentials</c>, or <c>app_token</c> on older control planes.</summary>
    public string GrantType => useLegacyGrant ? "app_token" : "client_credentials";

    protected internal override async Task<AccessToken> GetTokenAsync(TokenRequestContext context, CancellationToken cancellationToken)
    {
        if (!useLegacyGrant)
        {
            try
            {
                return await RequestAsync(context, legacy: false, cancellationToken).ConfigureAwait(false);
            }
            catch (RunaiApiException e) when (e.StatusCode == HttpStatusCode.BadRequest)
            {
                // Control planes from before the client_credentials grant reject it as a bad request.
                var token = await RequestAsync(context, legacy: true, cancellationToken).ConfigureAwait(false);
                useLegacyGrant = true;
                return token;
            }
        }
        return await RequestAsync(context, legacy: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AccessToken> RequestAsync(TokenRequestContext context, bool legacy, CancellationToken cancellationToken)
    {
        var plain = new NetworkCredential(string.Empty, secret).Password;
        var body = legacy
            ? new TokenRequest { GrantType = "app_token", AppId = ClientId, AppSecret = plain }
            : new TokenRequest { GrantType = "client_credentials", ClientId = ClientId, ClientSecret = plain };
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenPath)
        {
            Content = new StringContent(JsonSerializer.Serialize(body, CoreJsonContext.Default.TokenRequest), Encoding.UTF8, "application/json"),
        };
        using var response = await context.TokenClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            var error = await ApiErrorReader.ReadAsync(response, "POST", "/" + TokenPath).ConfigureAwait(false);
            throw new RunaiAuthenticationException(
                $"The control plane rejected the credentials of client '{ClientId}' ({(int)response.StatusCode}). Check the client id and secret, and that the application is enabled.",
                error);
        }
        if (!response.IsSuccessStatusCode) throw await ApiErrorReader.ReadAsync(response, "POST", "/" + TokenPath).ConfigureAwait(false);

        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        TokenResponse? parsed;
        try { parsed = JsonSerializer.Deserialize(text, CoreJsonContext.Default.TokenResponse); }
        catch (JsonException e) { throw new RunaiAuthenticationException("The token endpoint answered with something that is not a token response.", e); }
        if (string.IsNullOrEmpty(parsed?.AccessToken))
            throw new RunaiAuthenticationException("The token endpoint answered without an access token.");
        return AccessToken.FromJwt(parsed!.AccessToken!, context.Time.GetUtcNow(), parsed.ExpiresIn);
    }

    internal static SecureString ToSecureString(string value)
    {
        var secure = new SecureString();
        foreach (var c in value ?? throw new ArgumentNullException(nameof(value))) secure.AppendChar(c);
        secure.MakeReadOnly();
        return secure;
    }
}
