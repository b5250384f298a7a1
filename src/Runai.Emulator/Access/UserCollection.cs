using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Access;

/// <summary>
/// <c>/api/v1/users</c>: a bare-array list, count, get, create (answers <c>UserPostResponse</c> with a temporary
/// password; 409 when the e-mail is taken), delete, and <c>POST /users/{userId}/password</c>.
/// </summary>
public static class UserCollection
{
    /// <summary>The tenant's first administrator.</summary>
    public const string SeededAdmin = "admin@emulator.run.ai";

    public static CollectionStore<UserRecord> CreateStore(TimeProvider time) =>
        new("User", _ => "the tenant", _ => [New(SeededAdmin, time.GetUtcNow())]);

    public static void Map(IEndpointRouteBuilder api, IServiceProvider services)
    {
        var users = services.GetRequiredService<CollectionStore<UserRecord>>();
        var time = services.GetRequiredService<TimeProvider>();
        var collection = new Collection<UserRecord>
        {
            Route = "/users",
            IdParameter = "userId",
            Envelope = null,
            Store = users,
            Fields = Fields,
            Render = Render,
            Create = (body, _) => Create(body, time),
            RenderCreated = u => new JsonObject { ["id"] = u.Id, ["username"] = u.Name, ["tempPassword"] = u.TempPassword },
            Delete = _ => { },
        };
        CollectionRoutes.Map(api, collection);
        api.MapPost(collection.ItemRoute + "/password", (HttpRequest request) =>
        {
            var user = users.Change(collection.IdOf(request), u =>
            {
                u.TempPassword = OneTimeSecret.New();
                u.MustChangePassword = true;
                u.UpdatedAt = time.GetUtcNow();
            });
            return Results.Json(new JsonObject { ["tempPassword"] = user.TempPassword });
        });
    }

    private static readonly Dictionary<string, Func<UserRecord, object?>> Fields = new()
    {
        ["username"] = u => u.Name,
        ["createdBy"] = _ => EmulatorTenant.Actor,
        ["lastLogin"] = _ => null,
        ["creationTime"] = u => u.CreatedAt,
        ["lastUpdated"] = u => u.UpdatedAt,
        ["isLocal"] = _ => "true",
        ["type"] = _ => "local",
    };

    /// <summary>A user from the contract's create body (<c>email</c>, <c>resetPassword</c>); 400 for a bad e-mail address.</summary>
    public static UserRecord Create(JsonObject body, TimeProvider time)
    {
        var email = body.GetString("email");
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@') || email.Contains(','))
            throw ApiProblem.BadRequest($"'{email}' is not an e-mail address.");
        var user = New(email, time.GetUtcNow());
        user.MustChangePassword = body.GetBool("resetPassword") ?? false;
        return user;
    }

    private static UserRecord New(string email, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid().ToString(), Name = email, CreatedAt = now, UpdatedAt = now, TempPassword = OneTimeSecret.New() };

    /// <summary>The contract's <c>User2</c>.</summary>
    private static JsonObject Render(UserRecord user) => new()
    {
        ["id"] = user.Id,
        ["username"] = user.Name,
        ["createdBy"] = EmulatorTenant.Actor,
        ["createdAt"] = JsonBody.Timestamp(user.CreatedAt),
        ["updatedAt"] = JsonBody.Timestamp(user.UpdatedAt),
        ["lastLogin"] = null,
        ["isLocal"] = true,
        ["groups"] = new JsonArray(),
    };
}
