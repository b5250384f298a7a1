using System.Text.Json.Nodes;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client.Contract;

/// <summary>
/// The raw OpenAPI document of the Run:ai contract (found by <see cref="ContractLocator"/>), read for what the drift
/// tests compare: paths, operations, parameters, response schemas and component schemas, with <c>$ref</c> and
/// <c>allOf</c> followed. Loaded once; callers skip when it is absent.
/// </summary>
internal static class ContractDocument
{
    private static readonly Lazy<JsonObject> Loaded = new(() =>
        JsonNode.Parse(File.ReadAllText(ContractLocator.Find() ?? throw new InvalidOperationException(ContractLocator.SkipReason)))!.AsObject());

    public static JsonObject Root => Loaded.Value;

    public static JsonObject Paths => Root["paths"]!.AsObject();

    public static JsonObject Schemas => Root["components"]!["schemas"]!.AsObject();

    /// <summary>The operation <paramref name="method"/> (get, post…) at <paramref name="path"/> (as the contract writes it), or null.</summary>
    public static JsonObject? Operation(string path, string method) => Paths[path]?[method] as JsonObject;

    /// <summary>The 2xx statuses the operation documents, ascending.</summary>
    public static int[] SuccessStatuses(JsonObject operation) =>
        operation["responses"]!.AsObject().Select(r => r.Key).Where(k => k.StartsWith('2')).Select(int.Parse).Order().ToArray();

    /// <summary>The operation's parameters (path-level ones included), references followed.</summary>
    public static IEnumerable<JsonObject> Parameters(string path, JsonObject operation)
    {
        var declared = (operation["parameters"] as JsonArray ?? new JsonArray())
            .Concat(Paths[path]?["parameters"] as JsonArray ?? new JsonArray());
        return declared.Select(p => Resolve(p)!).Where(p => p is not null).Cast<JsonObject>();
    }

    /// <summary>The parameter named <paramref name="name"/>, or null.</summary>
    public static JsonObject? Parameter(string path, JsonObject operation, string name) =>
        Parameters(path, operation).FirstOrDefault(p => (string?)p["name"] == name);

    /// <summary>The JSON schema of the operation's answer with <paramref name="status"/>, or null when it documents no JSON body.</summary>
    public static JsonObject? ResponseSchema(JsonObject operation, int status) =>
        Resolve(operation["responses"]?[status.ToString()])?["content"]?["application/json"]?["schema"] as JsonObject;

    /// <summary>The component schema a <c>$ref</c> names ("Nodepool"), or null when the node is not a reference.</summary>
    public static string? RefName(JsonNode? node) =>
        node?["$ref"] is JsonValue reference ? ((string)reference!).Split('/')[^1] : null;

    /// <summary>The node with every <c>$ref</c> followed (a schema, parameter or response).</summary>
    public static JsonObject? Resolve(JsonNode? node)
    {
        for (var hops = 0; node is JsonObject o && o["$ref"] is JsonValue reference; hops++)
        {
            if (hops > 32) throw new InvalidOperationException($"A $ref cycle at {reference}.");
            node = ((string)reference!).TrimStart('#', '/').Split('/').Aggregate((JsonNode?)Root, (at, part) => at?[part]);
        }
        return node as JsonObject;
    }

    /// <summary>
    /// The schema named <paramref name="name"/>: a component ("Nodepool"), or a path into one through its properties
    /// ("Resources.nodePool"); an array on the way, or at the end, is entered through its items. Null when there is no such schema.
    /// </summary>
    public static JsonObject? Schema(string name)
    {
        var parts = name.Split('.');
        var schema = Schemas[parts[0]] as JsonObject;
        foreach (var part in parts.Skip(1))
        {
            if (schema is null) return null;
            var resolved = Resolve(schema)!;
            if (Types(resolved).SetEquals(new[] { "array" })) resolved = ArrayItems(resolved) ?? resolved;
            schema = Properties(resolved).GetValueOrDefault(part);
        }
        return parts.Length > 1 && Types(schema).SetEquals(new[] { "array" }) ? ArrayItems(schema) : schema;
    }

    /// <summary>The items schema of an array schema (its own, or of its allOf parts).</summary>
    public static JsonObject? ArrayItems(JsonNode? schema)
    {
        var resolved = Resolve(schema);
        if (resolved is null) return null;
        if (resolved["items"] is JsonObject items) return items;
        return (resolved["allOf"] as JsonArray)?.Select(ArrayItems).FirstOrDefault(i => i is not null);
    }

    /// <summary>
    /// Every property the schema documents: its own, those of each allOf part, and those of each oneOf/anyOf
    /// alternative (a model reading a union may read any alternative's fields). Values are the unresolved property schemas.
    /// </summary>
    public static Dictionary<string, JsonObject> Properties(JsonNode? schema)
    {
        var found = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        Collect(schema, found, 0);
        return found;
    }

    private static void Collect(JsonNode? schema, Dictionary<string, JsonObject> found, int depth)
    {
        var resolved = Resolve(schema);
        if (resolved is null || depth > 32) return;
        if (resolved["properties"] is JsonObject properties)
        {
            foreach (var (name, value) in properties)
            {
                if (value is JsonObject property) found.TryAdd(name, property);
            }
        }
        foreach (var keyword in new[] { "allOf", "oneOf", "anyOf" })
        {
            foreach (var part in resolved[keyword] as JsonArray ?? new JsonArray()) Collect(part, found, depth + 1);
        }
    }

    /// <summary>
    /// The JSON types a schema admits: its <c>type</c>, else what its allOf parts say, else the union of its
    /// oneOf/anyOf alternatives, else what its keywords imply (properties → object, items → array, enum values);
    /// "any" when nothing constrains it.
    /// </summary>
    public static HashSet<string> Types(JsonNode? schema)
    {
        var resolved = Resolve(schema);
        if (resolved is null) return new HashSet<string> { "any" };
        if (resolved["type"] is JsonValue type) return new HashSet<string> { (string)type! };
        if (resolved["type"] is JsonArray types) return types.Select(t => (string)t!).Where(t => t != "null").ToHashSet();
        if (resolved["allOf"] is JsonArray allOf)
        {
            var constrained = allOf.Select(Types).Where(t => !t.Contains("any")).ToList();
            if (constrained.Count > 0) return constrained[0];
        }
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (resolved[keyword] is JsonArray alternatives) return alternatives.SelectMany(Types).ToHashSet();
        }
        if (resolved["properties"] is not null || resolved["additionalProperties"] is not null) return new HashSet<string> { "object" };
        if (resolved["items"] is not null) return new HashSet<string> { "array" };
        if (resolved["enum"] is JsonArray values)
        {
            return values.Where(v => v is not null).Select(v => v!.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.String => "string",
                System.Text.Json.JsonValueKind.Number => "number",
                System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "boolean",
                _ => "any",
            }).ToHashSet();
        }
        return new HashSet<string> { "any" };
    }

    /// <summary>Whether <paramref name="schema"/> is the component <paramref name="name"/>, or an allOf that includes it.</summary>
    public static bool IsOrExtends(JsonNode? schema, string name)
    {
        if (RefName(schema) == name) return true;
        var resolved = Resolve(schema);
        return resolved?["allOf"] is JsonArray parts && parts.Any(p => IsOrExtends(p, name));
    }
}
