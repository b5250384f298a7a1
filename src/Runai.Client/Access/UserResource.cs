using Runai.Client.Resources;

namespace Runai.Client.Access;

/// <summary>Users (<c>/api/v1/users</c>): a bare-array list filtered on <c>username</c>; created and reset by <see cref="UserAccounts"/>.</summary>
public static class UserResource
{
    public static readonly ResourceDescriptor<User> Descriptor = new()
    {
        Route = "api/v1/users",
        Noun = "user",
        Schema = "User2",
        ItemType = AccessJsonContext.Default.User,
        ListType = AccessJsonContext.Default.ListUser,
        ListEnvelope = null,
        NameField = "username",
        NameOperators = new[] { "==", "=@" },
        IdFormat = ResourceIdFormat.Opaque,
        LiteralSegments = new[] { "count" },
        IdOf = u => u.Id,
        NameOf = u => u.Username,
        Operations = new() { List = new[] { 200 }, Count = new[] { 200 }, Get = new[] { 200 }, Delete = new[] { 204 } },
    };

    public static ResourceClient<User> Users(this RunaiConnection connection) => connection.Resource(Descriptor);

    public static UserAccounts UserAccounts(this RunaiConnection connection) => new(connection);
}
