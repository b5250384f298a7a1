using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Resources;

namespace Runai.Client.Access;

/// <summary>
/// The caller's access keys (<c>/api/v1/access-keys</c>): one unpaged list in <c>accessKeys</c>, get, delete;
/// created and given a new secret by <see cref="AccessKeySecrets"/>.
/// </summary>
public static class AccessKeyResource
{
    public static readonly ResourceDescriptor<AccessKey> Descriptor = new()
    {
        Route = "api/v1/access-keys",
        Noun = "access key",
        Schema = "AccessKey1",
        ItemType = AccessJsonContext.Default.AccessKey,
        ListType = AccessJsonContext.Default.ListAccessKey,
        ListEnvelope = "accessKeys",
        Paged = false,
        Filterable = false,
        IdFormat = ResourceIdFormat.Opaque,
        IdOf = k => k.Id,
        NameOf = k => k.Name,
        Operations = new() { List = new[] { 200 }, Get = new[] { 200 }, Delete = new[] { 204 } },
    };

    public static ResourceClient<AccessKey> AccessKeys(this RunaiConnection connection) => connection.Resource(Descriptor);

    public static AccessKeySecrets AccessKeySecrets(this RunaiConnection connection) => new(connection);
}

/// <summary>The access-key writes that answer a one-time secret.</summary>
public sealed class AccessKeySecrets
{
    private readonly RunaiConnection connection;

    internal AccessKeySecrets(RunaiConnection connection) => this.connection = connection;

    public Task<AccessKey> CreateAsync(string name, CancellationToken cancellationToken = default) =>
        ClientSecrets.CreateAsync(connection, connection.AccessKeys(), name, Attach, cancellationToken);

    public Task<AccessKey> ResetSecretAsync(string id, CancellationToken cancellationToken = default) =>
        ClientSecrets.RegenerateAsync(connection, connection.AccessKeys(), id, Attach, cancellationToken);

    private static void Attach(AccessKey key, string? secret) => key.ClientSecret = SecretAnswer.Protect(secret);
}
