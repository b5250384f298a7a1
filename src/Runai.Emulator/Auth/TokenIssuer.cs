using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Auth;

/// <summary>
/// Issues and checks HS256 JWT access tokens. The signing key is random per process, so tokens never outlive the
/// emulator that issued them. Time comes from the app's <see cref="TimeProvider"/> so tests can move the clock.
/// </summary>
public sealed class TokenIssuer : IResettable
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}""");
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly TimeProvider _time;
    private readonly int _ttlSeconds;
    private long _issued;
    // Every token issued over the run (bounded), for tests that search their output for a leaked token.
    private const int MaxRemembered = 10_000;
    private readonly Queue<string> _remembered = new();
    private readonly Lock _rememberedGate = new();

    public TokenIssuer(EmulatorOptions options, TimeProvider time)
    {
        _time = time;
        _ttlSeconds = options.TokenTtlSeconds;
    }

    public const string Issuer = "runai-emulator";

    /// <summary>Tokens issued since start or the last reset.</summary>
    public long IssuedCount => Interlocked.Read(ref _issued);

    public int TtlSeconds => _ttlSeconds;

    public string Issue(string clientId)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["sub"] = clientId,
            ["tenant_id"] = EmulatorTenant.Id,
            ["iat"] = now,
            ["exp"] = now + _ttlSeconds,
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
        var signingInput = Base64Url.EncodeToString(Header) + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        Interlocked.Increment(ref _issued);
        var token = signingInput + "." + Base64Url.EncodeToString(Sign(signingInput));
        lock (_rememberedGate)
        {
            _remembered.Enqueue(token);
            if (_remembered.Count > MaxRemembered) _remembered.Dequeue();
        }
        return token;
    }

    /// <summary>The tokens issued since start (the last 10,000), oldest first; not cleared by reset.</summary>
    public IReadOnlyList<string> Issued()
    {
        lock (_rememberedGate) return _remembered.ToArray();
    }

    public TokenCheck Check(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return TokenCheck.Fail("The bearer token is not a JWT.");

        byte[] signature;
        JsonElement header, payload;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
            header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement;
            payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return TokenCheck.Fail("The bearer token is not a JWT.");
        }

        if (header.ValueKind != JsonValueKind.Object || !header.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "HS256")
            return TokenCheck.Fail("The bearer token is not signed with HS256.");
        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
            return TokenCheck.Fail("The bearer token signature is invalid.");
        if (payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("exp", out var exp) || !exp.TryGetInt64(out var expires)
            || !payload.TryGetProperty("sub", out var sub) || sub.ValueKind != JsonValueKind.String)
            return TokenCheck.Fail("The bearer token lacks the exp or sub claim.");
        if (_time.GetUtcNow().ToUnixTimeSeconds() >= expires)
            return TokenCheck.Fail("The bearer token has expired.");
        return new TokenCheck(true, null, sub.GetString());
    }

    public void Reset() => Interlocked.Exchange(ref _issued, 0);

    private byte[] Sign(string signingInput) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signingInput));
}

/// <summary>The outcome of checking a bearer token: valid with its subject, or the reason it is not.</summary>
public sealed record TokenCheck(bool IsValid, string? Failure, string? Subject)
{
    public static TokenCheck Fail(string failure) => new(false, failure, null);
}
