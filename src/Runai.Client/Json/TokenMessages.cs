using System.Text.Json.Serialization;

namespace Runai.Client.Json;

/// <summary>The contract's <c>TokenRequest</c> (the fields this client sends).</summary>
[ContractSchema("TokenRequest")]
internal sealed class TokenRequest
{
    [JsonPropertyName("grantType")] public string GrantType { get; set; } = "";
    [JsonPropertyName("clientID"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ClientId { get; set; }
    [JsonPropertyName("clientSecret"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ClientSecret { get; set; }
    [JsonPropertyName("appID"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? AppId { get; set; }
    [JsonPropertyName("appSecret"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? AppSecret { get; set; }
}

/// <summary>The contract's <c>TokenResponse</c>.</summary>
[ContractSchema("TokenResponse")]
internal sealed class TokenResponse
{
    [JsonPropertyName("accessToken")] public string? AccessToken { get; set; }
    [JsonPropertyName("expiresIn")] public int? ExpiresIn { get; set; }
}

/// <summary>The contract's <c>Error</c> body.</summary>
[ContractSchema("Error")]
internal sealed class ErrorBody
{
    [JsonPropertyName("code")] public int? Code { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("details")] public string? Details { get; set; }
}
