using System.Text.Json.Nodes;

namespace Runai.Emulator.Contract;

/// <summary>
/// Translates OpenAPI 3.0 schemas into JSON Schema 2020-12 for JsonSchema.Net: <c>nullable</c> admits null, <c>$ref</c>
/// siblings are ignored (as 3.0 says) except <c>nullable</c>, int32 gets its range, and annotation-only or OpenAPI-only
/// keywords (format, discriminator, example, readOnly, ...) are dropped. For requests, required readOnly properties are
/// not required (requests never carry them); for responses, required writeOnly properties are not, and the uuid and
/// date-time formats are kept so that an answer's ids and timestamps are checked too.
/// Component schemas become <c>$defs</c> of one document whose id is <see cref="DefinitionsUri"/>, one per direction.
/// </summary>
internal sealed class OpenApiSchemaConverter(JsonObject document, SchemaDirection direction = SchemaDirection.Request)
{
    private const string ComponentPrefix = "#/components/schemas/";

    // Formats whose violations are contract violations of an answer; the rest stay annotations.
    private static readonly HashSet<string> ResponseFormats = ["uuid", "date-time"];

    // Keywords that keep their value as is; everything not handled or listed here is dropped.
    private static readonly HashSet<string> PlainKeywords =
    [
        "type", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum", "multipleOf",
        "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
    ];

    private readonly JsonObject _components = document["components"]?["schemas"] as JsonObject ?? [];

    public SchemaDirection Direction { get; } = direction;

    /// <summary>The id of the converted definitions document; request and response conversions differ, so do their ids.</summary>
    public string DefinitionsUri { get; } = direction == SchemaDirection.Request
        ? "https://runai-emulator.local/contract/schemas"
        : "https://runai-emulator.local/contract/response-schemas";

    public bool HasSchema(string name) => _components.ContainsKey(name);

    /// <summary>A converted schema that is just the named component.</summary>
    public JsonObject ReferenceTo(string name) => new() { ["$ref"] = RewriteReference(ComponentPrefix + name) };

    /// <summary>The document holding every component schema under <c>$defs</c>.</summary>
    public JsonObject ConvertComponents()
    {
        var definitions = new JsonObject();
        foreach (var (name, schema) in _components) definitions[name] = Convert(schema);
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = DefinitionsUri,
            ["$defs"] = definitions,
        };
    }

    public JsonNode Convert(JsonNode? schema)
    {
        if (schema is not JsonObject source) return schema?.DeepClone() ?? true;
        var nullable = source["nullable"] is JsonValue n && n.TryGetValue<bool>(out var isNullable) && isNullable;

        if (source["$ref"] is JsonValue reference)
        {
            var target = new JsonObject { ["$ref"] = RewriteReference(reference.GetValue<string>()) };
            return nullable ? OrNull(target) : target;
        }

        var result = new JsonObject();
        foreach (var (keyword, value) in source)
        {
            switch (keyword)
            {
                case "properties" when value is JsonObject properties:
                    var converted = new JsonObject();
                    foreach (var (name, propertySchema) in properties) converted[name] = Convert(propertySchema);
                    result[keyword] = converted;
                    break;
                case "items" or "additionalProperties" or "not":
                    result[keyword] = Convert(value);
                    break;
                case "allOf" or "anyOf" or "oneOf" when value is JsonArray branches:
                    result[keyword] = new JsonArray(branches.Select(Convert).ToArray());
                    break;
                case "required" when value is JsonArray names:
                    var required = names.Select(x => x!.GetValue<string>()).Where(name => !IsAbsentInThisDirection(source, name)).ToArray();
                    if (required.Length > 0) result[keyword] = new JsonArray(required.Select(x => (JsonNode)x).ToArray());
                    break;
                case "format" when value?.GetValue<string>() == "int32" && source["type"]?.GetValue<string>() == "integer":
                    if (source["minimum"] is null) result["minimum"] = int.MinValue;
                    if (source["maximum"] is null) result["maximum"] = int.MaxValue;
                    break;
                case "format" when Direction == SchemaDirection.Response && value is JsonValue format
                                   && format.TryGetValue<string>(out var formatName) && ResponseFormats.Contains(formatName):
                    result[keyword] = formatName;
                    break;
                case var plain when PlainKeywords.Contains(plain):
                    result[plain] = value?.DeepClone();
                    break;
            }
        }
        ConvertExclusiveBound(source, "exclusiveMinimum", "minimum", result);
        ConvertExclusiveBound(source, "exclusiveMaximum", "maximum", result);
        return nullable ? AdmitNull(result) : result;
    }

    /// <summary>Follows <c>$ref</c>s to the OpenAPI schema object they name.</summary>
    public JsonObject? Resolve(JsonNode? schema)
    {
        for (var hops = 0; hops < 32 && schema is JsonObject obj; hops++)
        {
            if (obj["$ref"] is not JsonValue reference) return obj;
            var target = reference.GetValue<string>();
            schema = target.StartsWith(ComponentPrefix, StringComparison.Ordinal) ? _components[target[ComponentPrefix.Length..]] : null;
        }
        return null;
    }

    // readOnly properties are never sent, writeOnly ones never answered.
    private bool IsAbsentInThisDirection(JsonObject schema, string name)
    {
        var flagName = Direction == SchemaDirection.Request ? "readOnly" : "writeOnly";
        var property = schema["properties"]?[name];
        if (property is JsonObject { } direct && direct[flagName] is JsonValue flag && flag.TryGetValue<bool>(out var isSet) && isSet) return true;
        return Resolve(property)?[flagName] is JsonValue resolved && resolved.TryGetValue<bool>(out var viaRef) && viaRef;
    }

    private string RewriteReference(string reference) =>
        reference.StartsWith(ComponentPrefix, StringComparison.Ordinal)
            ? DefinitionsUri + "#/$defs/" + Uri.EscapeDataString(reference[ComponentPrefix.Length..].Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal))
            : throw new InvalidDataException($"Unsupported $ref '{reference}' in the contract.");

    // OpenAPI 3.0 spells exclusive bounds as booleans beside minimum/maximum; 2020-12 wants the number itself.
    private static void ConvertExclusiveBound(JsonObject source, string keyword, string bound, JsonObject result)
    {
        if (source[keyword] is not JsonValue flag) return;
        if (flag.TryGetValue<bool>(out var exclusive))
        {
            if (!exclusive || source[bound] is not { } limit) return;
            result[keyword] = limit.DeepClone();
            result.Remove(bound);
        }
        else
        {
            result[keyword] = flag.DeepClone();
        }
    }

    /// <summary>Adds null to a simple schema's type (and enum); wraps composed schemas instead.</summary>
    private static JsonNode AdmitNull(JsonObject schema)
    {
        var composed = schema.ContainsKey("allOf") || schema.ContainsKey("anyOf") || schema.ContainsKey("oneOf") || schema.ContainsKey("not");
        if (composed) return OrNull(schema);
        if (schema["type"] is JsonValue type) schema["type"] = new JsonArray(type.GetValue<string>(), "null");
        if (schema["enum"] is JsonArray values && !values.Any(x => x is null)) values.Add(null);
        return schema;
    }

    // "if null then nothing else S": unlike anyOf, a failure reports only S's errors.
    private static JsonObject OrNull(JsonObject schema) => new()
    {
        ["if"] = new JsonObject { ["type"] = "null" },
        ["else"] = schema,
    };
}
