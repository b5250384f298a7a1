using Microsoft.Extensions.Time.Testing;
using Runai.Client;
using Runai.Client.Authentication;

namespace Runai.Tests.Unit.Support;

public static class TestConnections
{
    public static readonly Uri BaseUrl = new("https://acme.run.ai");

    public static RunaiConnection Create(ScriptedTransport transport, RunaiCredential? credential = null, TimeProvider? time = null,
        int maxRetries = 3, TimeSpan? retryDelay = null, TimeSpan? timeout = null) =>
        new(new RunaiConnectionOptions
        {
            BaseUrl = BaseUrl,
            TimeProvider = time ?? new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z")),
            TransportFactory = () => transport,
            MaxRetries = maxRetries,
            RetryDelay = retryDelay ?? TimeSpan.Zero,
            Timeout = timeout ?? TimeSpan.FromSeconds(100),
        }, credential ?? new ClientSecretCredential("app", "s3cr3t-value"));
}
