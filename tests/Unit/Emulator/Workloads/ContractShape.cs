using System.Text.Json.Nodes;

namespace Runai.Tests.Unit.Emulator.Workloads;

/// <summary>
/// Checks a JSON value against a component schema of the contract: required fields, JSON types, nullability, enums,
/// through $ref and allOf. Enough to catch an emulator answer that drifts from the contract's shape.
/// </summary>
public static class ContractShape
{
    private static readonly Lazy<JsonObject?> Contract = new(() =>
        ContractPath is { } path ? JsonNode.Parse(File.ReadAllText(path))!.AsObject() : null);

    public static string? ContractPath { get; } = FindContract();

    public static IReadOnlyList<string> Violations(JsonNode? value, string schemaName)
    {
        var problems = new List<string>();
        Check(value, Schema(schemaName), "$", problems, 0);
        return problems;
    }

    public static void AssertMatches(JsonNode? value, string schemaName)
    {
        var problems = Violations(value, schemaName);
        Assert.True(problems.Count == 0, $"Not a valid {schemaName}: " + string.Join("; ", problems));
    }

    private static JsonObject Schema(string name) =>
        Contract.Value!["components"]!["schemas"]![name]?.AsObject() ?? throw new ArgumentException($"No schema '{name}' in the contract.");

    private static JsonObject Resolve(JsonObject schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? Resolve(Schema(reference[(reference.LastIndexOf('/') + 1)..])) : schema;

    private static void Check(JsonNode? value, JsonObject schema, string path, List<string> problems, int depth)
    {
        if (depth > 30) return;
        schema = Resolve(schema);
        if (schema["allOf"] is JsonArray parts)
        {
            foreach (var part in parts) Check(value, part!.AsObject(), path, problems, depth + 1);
        }
        if (value is null)
        {
            if (schema["nullable"]?.GetValue<bool>() != true && schema["type"] is not null) problems.Add($"{path} is null but not nullable");
            return;
        }
        var type = schema["type"]?.GetValue<string>();
        var kind = value.GetValueKind();
        var ok = type switch
        {
            null => true,
            "string" => kind == System.Text.Json.JsonValueKind.String,
            "integer" => kind == System.Text.Json.JsonValueKind.Number && value.ToJsonString().All(c => char.IsDigit(c) || c == '-'),
            "number" => kind == System.Text.Json.JsonValueKind.Number,
            "boolean" => kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
            "array" => kind == System.Text.Json.JsonValueKind.Array,
            "object" => kind == System.Text.Json.JsonValueKind.Object,
            _ => true,
        };
        if (!ok)
        {
            problems.Add($"{path} should be {type} but is {kind}");
            return;
        }
        if (schema["enum"] is JsonArray values && kind == System.Text.Json.JsonValueKind.String
            && !values.Any(v => v?.GetValue<string>() == value.GetValue<string>()))
            problems.Add($"{path} = '{value}' is not in the enum");
        if (type == "string" && schema["format"]?.GetValue<string>() is "uuid" && !Guid.TryParse(value.GetValue<string>(), out _))
            problems.Add($"{path} = '{value}' is not a uuid");
        if (type == "string" && schema["format"]?.GetValue<string>() is "date-time" && !DateTimeOffset.TryParse(value.GetValue<string>(), out _))
            problems.Add($"{path} = '{value}' is not a date-time");
        if (value is JsonObject obj)
        {
            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                if (!obj.ContainsKey(required!.GetValue<string>())) problems.Add($"{path}.{required} is required");
            }
            if (schema["properties"] is JsonObject properties)
            {
                foreach (var (name, property) in obj)
                {
                    if (properties[name] is JsonObject propertySchema) Check(property, propertySchema, $"{path}.{name}", problems, depth + 1);
                }
            }
        }
        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++) Check(array[i], items, $"{path}[{i}]", problems, depth + 1);
        }
    }

    /// <summary>The contract sits beside the repo (../shared); from a git worktree nested one level deeper, look further up.</summary>
    private static string? FindContract()
    {
        if (Environment.GetEnvironmentVariable("RUNAI_CONTRACT_PATH") is { Length: > 0 } given) return File.Exists(given) ? given : null;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, "Runai.slnx"))) continue;
            for (var above = directory.Parent; above is not null; above = above.Parent)
            {
                var path = Path.Combine(above.FullName, "shared", "runai-api", "openapi.json");
                if (File.Exists(path)) return path;
            }
            return null;
        }
        return null;
    }
}
