using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runai.Emulator.Seed;

/// <summary>
/// A seed file (<c>--seed file.json</c>): the tenant the emulator starts from and returns to on <c>/admin/reset</c>.
/// <c>clusters</c> lists cluster names (or objects with <c>name</c>); <c>nodePools</c>, <c>departments</c> and
/// <c>projects</c> list create-request bodies as the API takes them, where <c>cluster</c> (a name or uuid; default: the
/// first cluster) stands for <c>clusterId</c> and, for projects, <c>department</c> (a name) for <c>parentId</c>.
/// </summary>
public sealed class SeedFile
{
    private static readonly string[] Sections = ["clusters", "nodePools", "departments", "projects"];

    public string Path { get; private init; } = "";

    /// <summary>Cluster names in order; empty keeps <c>--clusters</c>.</summary>
    public IReadOnlyList<string> Clusters { get; private init; } = [];

    public IReadOnlyList<JsonObject> NodePools { get; private init; } = [];
    public IReadOnlyList<JsonObject> Departments { get; private init; } = [];
    public IReadOnlyList<JsonObject> Projects { get; private init; } = [];

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
        return new SeedFile
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
        };
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
