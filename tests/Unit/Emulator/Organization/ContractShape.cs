using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runai.Tests.Unit.Emulator.Organization;

/// <summary>
/// Checks an emulator answer against a component schema of the contract (../shared/runai-api/openapi.json beside the
/// repo): required fields present, JSON types and enums right, nullable respected, through $ref, allOf, properties and items.
/// </summary>
public static class ContractShape
{
    private static readonly Lazy<JsonObject?> Document = new(Load);

    public static string? ContractPath { get; } = Runai.Tests.Unit.Support.ContractLocator.Find();

    public static bool Available => Document.Value is not null;

    /// <summary>Returns the violations (empty when the value matches); the caller skips when the contract is absent.</summary>
    public static List<string> Violations(JsonNode? value, string schemaName)
    {
        var errors = new List<string>();
        Check(value, Schema(schemaName), "$", errors, depth: 0);
        return errors;
    }

    public static List<string> ViolationsOfResponse(JsonNode? value, string path, string method, string status)
    {
        var operation = Document.Value!["paths"]![path]![method]!;
        var schema = Resolve(operation["responses"]![status]!)["content"]!["application/json"]!["schema"]!.AsObject();
        var errors = new List<string>();
        Check(value, schema, "$", errors, depth: 0);
        return errors;
    }

    private static JsonObject Schema(string name) => Document.Value!["components"]!["schemas"]![name]!.AsObject();

    private static JsonObject Resolve(JsonNode schema)
    {
        var current = schema.AsObject();
        while (current["$ref"] is JsonNode reference)
        {
            var parts = ((string)reference!).TrimStart('#', '/').Split('/');
            JsonNode node = Document.Value!;
            foreach (var part in parts) node = node[part]!;
            current = node.AsObject();
        }
        return current;
    }

    private static void Check(JsonNode? value, JsonObject rawSchema, string at, List<string> errors, int depth)
    {
        if (depth > 40) return;
        var nullable = rawSchema["nullable"]?.GetValue<bool>() == true;
        var schema = Resolve(rawSchema);
        nullable |= schema["nullable"]?.GetValue<bool>() == true;
        if (value is null)
        {
            if (!nullable) errors.Add($"{at}: null but the schema is not nullable");
            return;
        }
        if (schema["allOf"] is JsonArray parts)
        {
            foreach (var part in parts) Check(value, part!.AsObject(), at, errors, depth + 1);
        }
        var type = (string?)schema["type"];
        var kind = value.GetValueKind();
        var typeOk = type switch
        {
            "string" => kind == JsonValueKind.String,
            "integer" => kind == JsonValueKind.Number && value.GetValue<double>() % 1 == 0,
            "number" => kind == JsonValueKind.Number,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "array" => kind == JsonValueKind.Array,
            "object" => kind == JsonValueKind.Object,
            _ => true,
        };
        if (!typeOk)
        {
            errors.Add($"{at}: expected {type}, got {kind}");
            return;
        }
        if (schema["enum"] is JsonArray choices && kind == JsonValueKind.String && !choices.Any(c => (string?)c == (string?)value))
            errors.Add($"{at}: '{value}' is not one of {choices.ToJsonString()}");
        if (value is JsonObject obj)
        {
            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                if (!obj.ContainsKey((string)required!)) errors.Add($"{at}: required field '{required}' is missing");
            }
            if (schema["properties"] is JsonObject properties)
            {
                foreach (var (name, propertySchema) in properties)
                {
                    if (obj.TryGetPropertyValue(name, out var propertyValue))
                        Check(propertyValue, propertySchema!.AsObject(), $"{at}.{name}", errors, depth + 1);
                }
            }
        }
        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++) Check(array[i], items, $"{at}[{i}]", errors, depth + 1);
        }
    }

    private static JsonObject? Load() => ContractPath is null ? null : JsonNode.Parse(File.ReadAllText(ContractPath))!.AsObject();
}
