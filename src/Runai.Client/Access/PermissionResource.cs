using Runai.Client.Resources;

namespace Runai.Client.Access;

/// <summary>The caller's own permissions (<c>/api/v1/authorization/permissions</c>): one unpaged list, no ids.</summary>
public static class PermissionResource
{
    public static readonly ResourceDescriptor<Permission> Descriptor = new()
    {
        Route = "api/v1/authorization/permissions",
        Noun = "permission",
        Schema = "Permission",
        ItemType = AccessJsonContext.Default.Permission,
        ListType = AccessJsonContext.Default.ListPermission,
        ListEnvelope = null,
        Paged = false,
        Filterable = false,
        IdOf = p => p.ResourceType,
        NameOf = p => p.ResourceType,
        Operations = new() { List = new[] { 200 } },
    };

    public static ResourceClient<Permission> Permissions(this RunaiConnection connection) => connection.Resource(Descriptor);
}
