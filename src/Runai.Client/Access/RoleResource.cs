using Runai.Client.Resources;

namespace Runai.Client.Access;

/// <summary>Roles (<c>/api/v1/authorization/roles</c>): read-only, one unpaged answer, integer ids.</summary>
public static class RoleResource
{
    public static readonly ResourceDescriptor<Role> Descriptor = new()
    {
        Route = "api/v1/authorization/roles",
        Noun = "role",
        Schema = "RoleV1",
        ItemType = AccessJsonContext.Default.Role,
        ListType = AccessJsonContext.Default.ListRole,
        ListEnvelope = null,
        Paged = false,
        Filterable = false,
        IdFormat = ResourceIdFormat.Integer,
        IdOf = r => r.IdText,
        NameOf = r => r.Name,
        Operations = new() { List = new[] { 200 }, Get = new[] { 200 } },
    };

    public static ResourceClient<Role> Roles(this RunaiConnection connection) => connection.Resource(Descriptor);
}
