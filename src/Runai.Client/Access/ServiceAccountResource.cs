using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Resources;

namespace Runai.Client.Access;

/// <summary>
/// Service accounts (<c>/api/v1/service-accounts</c>): one unpaged bare-array list, PATCH of <c>enabled</c>, delete;
/// created and given a new secret by <see cref="ServiceAccountSecrets"/>.
/// </summary>
public static class ServiceAccountResource
{
    public static readonly ResourceDescriptor<ServiceAccount> Descriptor = new()
    {
        Route = "api/v1/service-accounts",
        Noun = "service account",
        Schema = "ServiceAccount",
        ItemType = AccessJsonContext.Default.ServiceAccount,
        ListType = AccessJsonContext.Default.ListServiceAccount,
        ListEnvelope = null,
        Paged = false,
        Filterable = false,
        IdFormat = ResourceIdFormat.Opaque,
        IdOf = s => s.Id,
        NameOf = s => s.Name,
        Operations = new() { List = new[] { 200 }, Get = new[] { 200 }, Patch = new[] { 200 }, Delete = new[] { 204 } },
    };

    public static ResourceClient<ServiceAccount> ServiceAccounts(this RunaiConnection connection) => connection.Resource(Descriptor);

    public static ServiceAccountSecrets ServiceAccountSecrets(this RunaiConnection connection) => new(connection);
}

/// <summary>The service-account writes that answer a one-time secret, and enabling or disabling one.</summary>
public sealed class ServiceAccountSecrets
{
    private readonly RunaiConnection connection;

    internal ServiceAccountSecrets(RunaiConnection connection) => this.connection = connection;

    /// <summary>Creates the service account; the answer carries its secret (shown once).</summary>
    public Task<ServiceAccount> CreateAsync(string name, CancellationToken cancellationToken = default) =>
        ClientSecrets.CreateAsync(connection, connection.ServiceAccounts(), name, Attach, cancellationToken);

    /// <summary>Regenerates the secret: the old one stops working; the answer carries the new one.</summary>
    public Task<ServiceAccount> ResetSecretAsync(string id, CancellationToken cancellationToken = default) =>
        ClientSecrets.RegenerateAsync(connection, connection.ServiceAccounts(), id, Attach, cancellationToken);

    public Task<ServiceAccount> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken = default) =>
        connection.ServiceAccounts().PatchAsync(id, new JsonObject { ["enabled"] = enabled }, cancellationToken);

    private static void Attach(ServiceAccount account, string? secret) => account.ClientSecret = SecretAnswer.Protect(secret);
}
