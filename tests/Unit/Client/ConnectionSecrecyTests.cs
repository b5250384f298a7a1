using System.Net;
using System.Reflection;
using System.Security;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Runai.Client;
using Runai.Client.Authentication;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client;

/// <summary>What a serialiser, a debugger display or an object dump can reach of a connection: never a token or a secret.</summary>
public class ConnectionSecrecyTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-01-01T00:00:00Z");

    [Fact]
    public void AccessToken_ToString_shows_the_expiry_and_not_the_token()
    {
        var jwt = TestJwt.Create(Start, TimeSpan.FromHours(1));
        var token = AccessToken.FromJwt(jwt, Start);

        Assert.Equal("AccessToken(expires 2026-01-01 01:00:00Z)", token.ToString());
        Assert.Equal("AccessToken(no expiry)", new AccessToken("opaque-token-value", null, null).ToString());
        Assert.DoesNotContain("opaque-token-value", new AccessToken("opaque-token-value", null, null).ToString());
    }

    [Fact]
    public void AccessToken_serialises_without_the_token()
    {
        var jwt = TestJwt.Create(Start, TimeSpan.FromHours(1));
        var json = JsonSerializer.Serialize(AccessToken.FromJwt(jwt, Start));

        Assert.DoesNotContain(jwt, json);
        Assert.DoesNotContain("eyJ", json);
        Assert.Contains("ExpiresOn", json);
    }

    [Fact]
    public void The_token_and_the_credential_are_not_public_members_of_a_connection()
    {
        var publicProperties = typeof(RunaiConnection).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();

        Assert.DoesNotContain("Tokens", publicProperties);
        Assert.DoesNotContain("Credential", publicProperties);
        Assert.Null(typeof(AccessToken).GetProperty("Token", BindingFlags.Public | BindingFlags.Instance));
    }

    [Fact]
    public async Task Nothing_public_reachable_from_an_authenticated_connection_holds_the_token_or_the_secret()
    {
        var time = new FakeTimeProvider(Start);
        var jwt = TestJwt.Create(Start, TimeSpan.FromHours(1));
        var transport = new ScriptedTransport((request, _, _) => request.RequestUri!.AbsolutePath == "/api/v1/token"
            ? ScriptedTransport.Json(HttpStatusCode.OK, TestJwt.TokenResponse(jwt))
            : ScriptedTransport.Json(HttpStatusCode.OK, "[]"));
        using var connection = TestConnections.Create(transport, new ClientSecretCredential("app", "s3cr3t-value"), time);
        await connection.AuthenticateAsync();
        await connection.GetAsync("api/v1/clusters", Runai.Client.Json.CoreJsonContext.Default.JsonElement);

        var reached = PublicGraph(connection).ToList();

        Assert.DoesNotContain(reached, value => value is AccessToken or RunaiCredential or TokenCache or SecureString);
        var text = string.Join("\n", reached.Select(value => value.ToString()));
        Assert.DoesNotContain(jwt, text);
        Assert.DoesNotContain("s3cr3t-value", text);
        // What is safe to know is still there.
        Assert.Equal("app", connection.ClientId);
        Assert.Equal("client_credentials", connection.GrantType);
        Assert.Equal(Start.AddHours(1), connection.TokenExpiresOn);
        Assert.Equal(RunaiAuthKind.ClientCredentials, connection.AuthKind);
    }

    [Fact]
    public void A_bearer_token_connection_exposes_no_client_id_and_no_expiry_before_use()
    {
        var jwt = TestJwt.Create(Start, TimeSpan.FromHours(1));
        using var connection = TestConnections.Create(new ScriptedTransport((_, _, _) => ScriptedTransport.Json(HttpStatusCode.OK, "[]")),
            new BearerTokenCredential(jwt));

        Assert.Null(connection.ClientId);
        Assert.Null(connection.GrantType);
        Assert.Null(connection.TokenExpiresOn);
        Assert.DoesNotContain(jwt, string.Join("\n", PublicGraph(connection).Select(value => value.ToString())));
    }

    /// <summary>
    /// Every value reachable through public instance properties, as a reflection-based serialiser or Format-Custom walks
    /// them. Delegates are not followed: serialisers do not write their targets.
    /// </summary>
    private static IEnumerable<object> PublicGraph(object root, int maxDepth = 6)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (value, depth) = pending.Pop();
            if (!seen.Add(value)) continue;
            yield return value;
            var type = value.GetType();
            if (depth >= maxDepth || value is string or Delegate || type.IsPrimitive || type.IsEnum) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!property.CanRead || property.GetIndexParameters().Length > 0) continue;
                object? child;
                try { child = property.GetValue(value); }
                catch (TargetInvocationException) { continue; }
                if (child is not null) pending.Push((child, depth + 1));
            }
        }
    }
}
