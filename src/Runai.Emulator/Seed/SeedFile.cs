using System.Text.Json;
using System.Text.Json.Nodes;
using Runai.Emulator.Access;
using Runai.Emulator.Assets;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Workloads;

namespace Runai.Emulator.Seed;

/// <summary>
/// A seed file (<c>--seed file.json</c>): the tenant the emulator starts from and returns to on <c>/admin/reset</c>.
/// Every section but <c>clusters</c> (names, or objects with <c>name</c>) lists the API's create-request bodies, where
/// names stand for ids: <c>cluster</c> (a name or uuid; default: the first cluster) for <c>clusterId</c>, a project's
/// <c>department</c> for <c>parentId</c>, a workload's <c>project</c> for <c>projectId</c>, an asset's
/// <c>meta.project</c>/<c>meta.department</c>/<c>meta.cluster</c> for its owner's id, an access rule's
/// <c>roleName</c> and <c>scopeName</c> for <c>roleId</c> and <c>scopeId</c>. Roles take the contract's
/// <c>RoleV1</c> shape (name, description, permissions); workloads add <c>type</c> and <c>phase</c>; assets add
/// <c>kind</c>. The file's shape is checked here; what the API's rules refuse, when it is applied.
/// </summary>
public sealed class SeedFile
{
    private static readonly string[] Sections = ["clusters", "nodePools", "departments", "projects", "users", "roles", "accessRules", "workloads", "assets"];
    private static readonly string[] RoleActions = ["create", "read", "update", "delete", "sync"];

    public string Path { get; private init; } = "";

    /// <summary>Cluster names in order; empty keeps <c>--clusters</c>.</summary>
    public IReadOnlyList<string> Clusters { get; private init; } = [];

    public IReadOnlyList<JsonObject> NodePools { get; private init; } = [];
    public IReadOnlyList<JsonObject> Departments { get; private init; } = [];
    public IReadOnlyList<JsonObject> Projects { get; private init; } = [];
    public IReadOnlyList<JsonObject> Users { get; private init; } = [];
    public IReadOnlyList<JsonObject> Roles { get; private init; } = [];
    public IReadOnlyList<JsonObject> AccessRules { get; private init; } = [];
    public IReadOnlyList<JsonObject> Workloads { get; private init; } = [];
    public IReadOnlyList<JsonObject> Assets { get; private init; } = [];

    /// <summary>How messages name an entry: its section, index and name, e.g. <c>workloads[2] 'bert'</c>.</summary>
    public static string Describe(string section, int index, JsonObject entry)
    {
        var name = entry.GetString("name") ?? entry.GetString("email") ?? (entry["meta"] as JsonObject)?.GetString("name")
            ?? (entry.GetString("subjectId") is { } subject ? $"{entry.GetString("subjectType")} {subject}" : null);
        return name is null ? $"{section}[{index}]" : $"{section}[{index}] '{name}'";
    }

    /// <summary>A workload entry's kind (its <c>type</c>, as the workload list reports it).</summary>
    public static WorkloadKind KindOf(JsonObject workload) =>
        WorkloadKinds.All.First(k => string.Equals(k.TypeName(), workload.GetString("type"), StringComparison.OrdinalIgnoreCase));

    /// <exception cref="InvalidDataException">The file is not JSON or not a seed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SeedFile Load(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The seed file '{path}' is not valid JSON: {ex.Message}", ex);
        }
        if (root is not JsonObject seed) throw new InvalidDataException($"The seed file '{path}' must hold a JSON object.");
        foreach (var (name, _) in seed)
        {
            if (!Sections.Contains(name) && !name.StartsWith('$'))
                throw new InvalidDataException($"The seed file '{path}' has an unknown section '{name}' (known: {string.Join(", ", Sections)}).");
        }
        var file = new SeedFile
        {
            Path = path,
            Clusters = Items(seed, "clusters", path).Select(c => c switch
            {
                JsonValue v when v.TryGetValue<string>(out var name) => name,
                JsonObject o when o["name"] is JsonValue n && n.TryGetValue<string>(out var name) => name,
                _ => throw new InvalidDataException($"The seed file '{path}': each cluster is a name or an object with a name."),
            }).ToList(),
            NodePools = Objects(seed, "nodePools", path),
            Departments = Objects(seed, "departments", path),
            Projects = Objects(seed, "projects", path),
            Users = Objects(seed, "users", path),
            Roles = Objects(seed, "roles", path),
            AccessRules = Objects(seed, "accessRules", path),
            Workloads = Objects(seed, "workloads", path),
            Assets = Objects(seed, "assets", path),
        };
        file.CheckShapes();
        return file;
    }

    // What the API's rules cannot check, because the seed adds it: kinds, phases, a role's permissions.
    private void CheckShapes()
    {
        Each("roles", Roles, role =>
        {
            if (string.IsNullOrWhiteSpace(role.GetString("name"))) return "has no 'name'.";
            if (role["permissions"] is not JsonArray permissions) return "needs 'permissions', an array of { resourceType, actions }.";
            foreach (var permission in permissions)
            {
                var type = (permission as JsonObject)?.GetString("resourceType");
                if (type is null || !RoleCatalog.ResourceTypes.ContainsKey(type))
                    return $"has a permission for resource type '{type}', which the emulator does not know (known: {string.Join(", ", RoleCatalog.ResourceTypes.Keys)}).";
                if (permission!["actions"] is not JsonArray actions || actions.Count == 0)
                    return $"has no 'actions' for '{type}'.";
                foreach (var action in actions)
                {
                    if (action is not JsonValue v || !v.TryGetValue<string>(out var text) || !RoleActions.Contains(text))
                        return $"has the action '{action?.ToJsonString()}' for '{type}' (known: {string.Join(", ", RoleActions)}).";
                }
            }
            return null;
        });
        Each("accessRules", AccessRules, rule =>
            rule["roleId"] is null && rule.GetString("roleName") is null ? "needs 'roleId' or 'roleName'."
            : rule["scopeId"] is null && rule.GetString("scopeName") is null && rule.GetString("scopeType") is not "tenant" ? "needs 'scopeId' or 'scopeName'."
            : null);
        Each("workloads", Workloads, workload =>
        {
            var type = workload.GetString("type");
            if (!WorkloadKinds.All.Any(k => string.Equals(k.TypeName(), type, StringComparison.OrdinalIgnoreCase)))
                return $"has type '{type}'; a workload's type is one of {string.Join(", ", WorkloadKinds.All.Select(k => k.TypeName()))}.";
            if (workload.GetString("project") is null && workload["projectId"] is null) return "needs 'project' (a name) or 'projectId'.";
            var kind = KindOf(workload);
            var phase = workload.GetString("phase") ?? "Running";
            var phases = WorkloadLifecycle.SeedablePhases(kind);
            return phases.Contains(phase) ? null : $"has phase '{phase}'; a {kind.TypeName()} can be seeded as {string.Join(", ", phases)}.";
        });
        Each("assets", Assets, asset =>
        {
            var kind = asset.GetString("kind");
            if (!AssetKindRoute.All.Any(k => k.Kind == kind))
                return $"has kind '{kind}'; an asset's kind is one of {string.Join(", ", AssetKindRoute.All.Select(k => k.Kind))}.";
            return asset["meta"] is JsonObject ? null : "needs 'meta' (and 'spec'), as the API's create request has them.";
        });
    }

    private void Each(string section, IReadOnlyList<JsonObject> entries, Func<JsonObject, string?> problem)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (problem(entries[i]) is { } message)
                throw new InvalidDataException($"The seed file '{Path}': {Describe(section, i, entries[i])} {message}");
        }
    }

    private static List<JsonNode> Items(JsonObject seed, string section, string path) => seed[section] switch
    {
        null => [],
        JsonArray array => array.Select(item => item ?? throw new InvalidDataException($"The seed file '{path}': '{section}' holds a null.")).ToList(),
        _ => throw new InvalidDataException($"The seed file '{path}': '{section}' must be an array."),
    };

    private static List<JsonObject> Objects(JsonObject seed, string section, string path) =>
        Items(seed, section, path).Select(item => item as JsonObject
            ?? throw new InvalidDataException($"The seed file '{path}': each entry of '{section}' must be an object.")).ToList();
}
