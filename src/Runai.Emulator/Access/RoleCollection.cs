using System.Text.Json.Nodes;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Access;

/// <summary><c>/api/v1/authorization/roles</c>: the predefined roles (and a seed file's) as one bare array, and each by integer id; no writes.</summary>
public static class RoleCollection
{
    /// <summary>When the predefined roles say they were made.</summary>
    private static readonly DateTimeOffset Predefined = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static CollectionStore<RoleRecord> CreateStore() => new("Role", _ => "the tenant", _ => RoleCatalog.Seed());

    public static void Map(IEndpointRouteBuilder api, IServiceProvider services)
    {
        CollectionRoutes.Map(api, new Collection<RoleRecord>
        {
            Route = "/authorization/roles",
            IdParameter = "roleIdPath",
            Envelope = null,
            HasCount = false,
            Store = services.GetRequiredService<CollectionStore<RoleRecord>>(),
            Fields = new Dictionary<string, Func<RoleRecord, object?>> { ["name"] = r => r.Name },
            Render = Render,
        });
    }

    /// <summary>The contract's <c>RoleV1</c>.</summary>
    public static JsonObject Render(RoleRecord role) => new()
    {
        ["id"] = int.Parse(role.Id, System.Globalization.CultureInfo.InvariantCulture),
        ["name"] = role.Name,
        ["description"] = role.Description,
        ["permissions"] = Permissions(role.Grants),
        ["custom"] = role.Custom,
        ["enabled"] = true,
        ["effectiveEnabled"] = true,
        ["createdBy"] = EmulatorTenant.Actor,
        ["createdAt"] = JsonBody.Timestamp(Predefined),
        ["updatedAt"] = JsonBody.Timestamp(Predefined),
    };

    /// <summary>The contract's <c>Permissions</c>: one entry per resource type.</summary>
    public static JsonArray Permissions(IEnumerable<KeyValuePair<string, string[]>> grants) =>
        new(grants.Select(g => (JsonNode)new JsonObject
        {
            ["resourceType"] = g.Key,
            ["displayName"] = RoleCatalog.ResourceTypes[g.Key].DisplayName,
            ["groupId"] = RoleCatalog.ResourceTypes[g.Key].Group,
            ["actions"] = new JsonArray(g.Value.Select(a => (JsonNode)JsonValue.Create(a)).ToArray()),
        }).ToArray());
}
