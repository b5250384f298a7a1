using Runai.Client.Resources;

namespace Runai.Client.Access;

/// <summary>
/// Access rules (<c>/api/v1/authorization/access-rules</c>): integer ids, create and delete, no update; and the
/// caller's own rules (<c>/api/v1/authorization/me/access-rules</c>), whose page nests its items one level deeper.
/// </summary>
public static class AccessRuleResource
{
    /// <summary>Fields the server adds to an <c>AccessRuleCreationFields</c>.</summary>
    private static readonly string[] ServerOwned =
    {
        "id", "roleName", "scopeName", "tenantId", "createdBy", "createdAt", "updatedAt", "deletedAt", "status",
    };

    public static readonly ResourceDescriptor<AccessRule> Descriptor = new()
    {
        Route = "api/v1/authorization/access-rules",
        Noun = "access rule",
        Schema = "AccessRule",
        ItemType = AccessJsonContext.Default.AccessRule,
        ListType = AccessJsonContext.Default.ListAccessRule,
        ListEnvelope = "accessRules",
        IdFormat = ResourceIdFormat.Integer,
        LiteralSegments = new[] { "count", "batch", "batch-create" },
        NameField = null,
        ServerOwnedFields = ServerOwned,
        IdOf = r => r.IdText,
        NameOf = r => r.ToString(),
        Operations = new() { List = new[] { 200 }, Count = new[] { 200 }, Get = new[] { 200 }, Create = new[] { 201 }, Delete = new[] { 204 } },
    };

    public static readonly ResourceDescriptor<AccessRule> MineDescriptor = new()
    {
        Route = "api/v1/authorization/me/access-rules",
        Noun = "access rule",
        Schema = "MeAccessRule",
        ItemType = AccessJsonContext.Default.AccessRule,
        ListType = AccessJsonContext.Default.ListAccessRule,
        ListEnvelope = "accessRules.accessRules",
        Filterable = false,
        LiteralSegments = new[] { "count" },
        IdFormat = ResourceIdFormat.Integer,
        IdOf = r => r.IdText,
        NameOf = r => r.ToString(),
        Operations = new() { List = new[] { 200 }, Count = new[] { 200 } },
    };

    public static ResourceClient<AccessRule> AccessRules(this RunaiConnection connection) => connection.Resource(Descriptor);

    /// <summary>The rules that name the caller (what a 403 is checked against).</summary>
    public static ResourceClient<AccessRule> MyAccessRules(this RunaiConnection connection) => connection.Resource(MineDescriptor);
}
