using System.Text.Json.Nodes;
using Runai.Emulator.Auth;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Access;

/// <summary>
/// The two collections of clients whose secrets get tokens: <c>/api/v1/service-accounts</c> (a bare-array list,
/// PATCH of <c>enabled</c>) and the caller's <c>/api/v1/access-keys</c> (a list in <c>accessKeys</c>). Both create with
/// a name (409 when taken), answer the secret once, delete, and regenerate it at <c>POST {id}/secret</c>.
/// </summary>
public sealed class ClientCollection : IClientCredentials
{
    private readonly TimeProvider _time;

    private ClientCollection(string noun, string clientIdPrefix, TimeProvider time)
    {
        _time = time;
        ClientIdPrefix = clientIdPrefix;
        Store = new CollectionStore<ClientRecord>(noun, _ => "the tenant");
    }

    public static ClientCollection ServiceAccounts(TimeProvider time) => new("Service account", "sa-", time);

    public static ClientCollection AccessKeys(TimeProvider time) => new("Access key", "ak-", time);

    public CollectionStore<ClientRecord> Store { get; }

    private string ClientIdPrefix { get; }

    public bool Verify(string clientId, string secret)
    {
        var client = Store.Where(c => c.ClientId == clientId).FirstOrDefault();
        if (client is null || !client.Enabled || !TokenGrant.SecretEquals(client.Secret, secret)) return false;
        Store.Change(client.Id, c => c.LastLogin = _time.GetUtcNow());
        return true;
    }

    public static void MapServiceAccounts(IEndpointRouteBuilder api, ClientCollection clients) =>
        clients.Map(api, "/service-accounts", "serviceAccountId", envelope: null, patch: true,
            created => new JsonObject { ["id"] = created.Id, ["name"] = created.Name, ["clientSecret"] = created.Secret, ["clientId"] = created.ClientId },
            account => new JsonObject
            {
                ["name"] = account.Name,
                ["createdBy"] = EmulatorTenant.Actor,
                ["createdAt"] = JsonBody.Timestamp(account.CreatedAt),
                ["updatedAt"] = JsonBody.Timestamp(account.UpdatedAt),
                ["enabled"] = account.Enabled,
                ["tenantId"] = EmulatorTenant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["lastLogin"] = account.LastLogin is { } login ? JsonBody.Timestamp(login) : null,
                ["id"] = account.Id,
                ["clientId"] = account.ClientId,
            });

    public static void MapAccessKeys(IEndpointRouteBuilder api, ClientCollection clients) =>
        clients.Map(api, "/access-keys", "accessKeyId", envelope: "accessKeys", patch: false,
            created => new JsonObject
            {
                ["id"] = created.Id, ["clientId"] = created.ClientId, ["name"] = created.Name, ["clientSecret"] = created.Secret,
                ["createdAt"] = JsonBody.Timestamp(created.CreatedAt),
            },
            key => new JsonObject
            {
                ["name"] = key.Name,
                ["clientId"] = key.ClientId,
                ["id"] = key.Id,
                ["createdAt"] = JsonBody.Timestamp(key.CreatedAt),
                ["lastLogin"] = key.LastLogin is { } login ? JsonBody.Timestamp(login) : null,
            });

    private void Map(IEndpointRouteBuilder api, string route, string idParameter, string? envelope, bool patch,
        Func<ClientRecord, JsonObject> renderCreated, Func<ClientRecord, JsonObject> render)
    {
        var collection = new Collection<ClientRecord>
        {
            Route = route,
            IdParameter = idParameter,
            Envelope = envelope,
            Paged = false,
            HasCount = false,
            Store = Store,
            Fields = new Dictionary<string, Func<ClientRecord, object?>>(),
            Render = render,
            Create = (body, _) => Create(body),
            RenderCreated = renderCreated,
            Patch = patch ? Patch : null,
            Delete = _ => { },
        };
        CollectionRoutes.Map(api, collection);
        api.MapPost(collection.ItemRoute + "/secret", (HttpRequest request) =>
        {
            var client = Store.Change(collection.IdOf(request), c =>
            {
                c.Secret = OneTimeSecret.New();
                c.UpdatedAt = _time.GetUtcNow();
            });
            return Results.Json(new JsonObject { ["clientSecret"] = client.Secret });
        });
    }

    private ClientRecord Create(JsonObject body)
    {
        var name = body.GetString("name");
        if (string.IsNullOrEmpty(name)) throw ApiProblem.BadRequest("name is required.");
        var now = _time.GetUtcNow();
        var id = Guid.NewGuid().ToString();
        return new ClientRecord { Id = id, Name = name, ClientId = ClientIdPrefix + id, Secret = OneTimeSecret.New(), CreatedAt = now, UpdatedAt = now };
    }

    private void Patch(ClientRecord client, JsonObject body)
    {
        var enabled = body.GetBool("enabled") ?? throw ApiProblem.BadRequest("enabled is required.");
        client.Enabled = enabled;
        client.UpdatedAt = _time.GetUtcNow();
    }
}
