using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

/// <summary>What other clients of the real service send and expect: token forms, routes before validation, error bodies.</summary>
public sealed class CompatibilityTests(StrictEmulatorFixture fixture) : IClassFixture<StrictEmulatorFixture>
{
    [Theory]
    [InlineData("""{"grantType":"client_credentials","clientID":"emulator-app","clientSecret":"emulator-secret"}""")]
    [InlineData("""{"grantType":"client_credentials","clientId":"emulator-app","clientSecret":"emulator-secret"}""")]
    [InlineData("""{"grantType":"client_credentials","ClientId":"emulator-app","CLIENTSECRET":"emulator-secret"}""")]
    [InlineData("""{"grantType":"app_token","AppId":"emulator-app","AppSecret":"emulator-secret"}""")]
    [InlineData("""{"grantType":"app_token","appID":"emulator-app","appSecret":"emulator-secret"}""")]
    [InlineData("""{"GrantType":"app_token","appId":"emulator-app","appsecret":"emulator-secret"}""")]
    public async Task Token_fields_are_matched_case_insensitively_in_strict_mode(string body)
    {
        using var response = await fixture.Emulator.Client.PostAsync("/api/v1/token", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task The_v2_form_grant_answers_without_a_bearer_and_its_token_works()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "emulator-app", ["client_secret"] = "emulator-secret",
        });
        using var response = await fixture.Emulator.Client.PostAsync("/api/v2/token", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        using var client = await fixture.Emulator.AuthorizedClientAsync(token.GetProperty("access_token").GetString());
        using var clusters = await client.GetAsync("/api/v1/clusters");
        Assert.Equal(HttpStatusCode.OK, clusters.StatusCode);
    }

    [Fact]
    public async Task The_v2_form_grant_refuses_wrong_credentials_with_an_OAuth2_error()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "emulator-app", ["client_secret"] = "wrong",
        });
        using var response = await fixture.Emulator.Client.PostAsync("/api/v2/token", form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_contract_operation_the_emulator_lacks_answers_501_naming_it_before_any_validation()
    {
        using var client = await fixture.Emulator.AuthorizedClientAsync();

        // A body that strict mode would refuse (no Content-Type): the route decides first.
        using var response = await client.PutAsync("/v1/k8s/setting", new ByteArrayContent("x"u8.ToArray()));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(501, error.GetProperty("code").GetInt32());
        Assert.Contains("updateTenantSetting", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_operation_answers_404_with_the_error_body()
    {
        using var client = await fixture.Emulator.AuthorizedClientAsync();

        using var response = await client.PostAsync("/api/v1/no-such-thing", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/favicon.ico")]
    [InlineData("/admin/no-such-route")]
    public async Task Paths_outside_the_api_get_a_JSON_error_body_too(string path)
    {
        using var response = await fixture.Emulator.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());
    }
}
