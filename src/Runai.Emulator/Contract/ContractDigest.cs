using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runai.Emulator.Contract;

/// <summary>
/// The structural facts of the Run:ai OpenAPI document, without its prose: operations (id, method, path, deprecation,
/// security), parameters, request bodies and responses with their schemas (types, formats, enums, patterns, required,
/// nullable, bounds, items, properties, compositions, readOnly/writeOnly, $refs kept as references). Descriptions,
/// summaries, titles, examples, defaults, tags and x- extensions are left out. The digest is itself a (terse) OpenAPI
/// document, so <see cref="OpenApiContract"/> loads it exactly like the full one; it is committed as
/// <c>Contract/contract-digest.json</c> and embedded, so strict mode works where the document is absent.
/// Regenerate with <c>Runai.Emulator --write-digest &lt;openapi.json&gt; src/Runai.Emulator/Contract/contract-digest.json</c>.
/// </summary>
public static class ContractDigest
{
    public const string ResourceName = "Runai.Emulator.contract-digest.json";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    // Schema keywords that carry structure; everything else (description, example, default, title, x-...) is prose or noise.
    private static readonly HashSet<string> SchemaValueKeywords =
    [
        "type", "format", "enum", "pattern", "required", "nullable", "readOnly", "writeOnly", "deprecated",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "$ref",
    ];

    private static readonly HashSet<string> ParameterKeywords =
        ["$ref", "name", "in", "required", "deprecated", "style", "explode", "allowReserved", "allowEmptyValue"];

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        NewLine = "\n",
        // Patterns stay readable ('+' rather than \u002B); the file is data, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The digest of an OpenAPI 3.0 document.</summary>
    public static JsonObject FromDocument(JsonObject document)
    {
        var digest = new JsonObject();
        if (document["openapi"] is { } version) digest["openapi"] = version.DeepClone();
        if (document["info"]?["version"] is { } infoVersion) digest["info"] = new JsonObject { ["version"] = infoVersion.DeepClone() };
        if (document["security"] is { } security) digest["security"] = security.DeepClone();

        var paths = new JsonObject();
        foreach (var (template, item) in document["paths"] as JsonObject ?? [])
        {
            if (item is not JsonObject pathItem) continue;
            var digested = new JsonObject();
            if (pathItem["parameters"] is JsonArray shared) digested["parameters"] = Parameters(shared);
            foreach (var method in Methods)
            {
                if (pathItem[method] is JsonObject operation) digested[method] = Operation(operation);
            }
            paths[template] = digested;
        }
        digest["paths"] = paths;

        var components = new JsonObject();
        if (document["components"] is JsonObject source)
        {
            if (source["schemas"] is JsonObject schemas) components["schemas"] = Map(schemas, Schema);
            if (source["parameters"] is JsonObject parameters) components["parameters"] = Map(parameters, Parameter);
            if (source["requestBodies"] is JsonObject bodies) components["requestBodies"] = Map(bodies, Body);
            if (source["responses"] is JsonObject responses) components["responses"] = Map(responses, Response);
            if (source["securitySchemes"] is JsonObject schemes) components["securitySchemes"] = Map(schemes, SecurityScheme);
        }
        digest["components"] = components;
        return digest;
    }

    /// <summary>The digest as the committed file holds it: indented by one space, '\n' line ends, a final newline.</summary>
    public static string Write(JsonObject document) => FromDocument(document).ToJsonString(Output) + "\n";

    /// <summary>Reads an OpenAPI JSON file and writes its digest to <paramref name="outputPath"/>.</summary>
    /// <exception cref="IOException">A file cannot be read or written.</exception>
    /// <exception cref="InvalidDataException">The input is not an OpenAPI JSON document.</exception>
    public static void WriteFile(string documentPath, string outputPath)
    {
        var document = OpenApiContract.ReadDocument(documentPath);
        File.WriteAllText(outputPath, Write(document));
    }

    /// <summary>The digest embedded in the emulator (the committed <c>Contract/contract-digest.json</c>).</summary>
    public static string ReadEmbedded()
    {
        using var stream = typeof(ContractDigest).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The emulator was built without its contract digest ({ResourceName}).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonObject Map(JsonObject source, Func<JsonNode?, JsonNode> digest)
    {
        var result = new JsonObject();
        foreach (var (name, value) in source) result[name] = digest(value);
        return result;
    }

    private static JsonObject Operation(JsonObject operation)
    {
        var result = new JsonObject();
        if (operation["operationId"] is { } id) result["operationId"] = id.DeepClone();
        if (operation["deprecated"] is { } deprecated) result["deprecated"] = deprecated.DeepClone();
        if (operation["security"] is { } security) result["security"] = security.DeepClone();
        if (operation["parameters"] is JsonArray parameters) result["parameters"] = Parameters(parameters);
        if (operation["requestBody"] is { } body) result["requestBody"] = Body(body);
        if (operation["responses"] is JsonObject responses) result["responses"] = Map(responses, Response);
        return result;
    }

    private static JsonArray Parameters(JsonArray parameters) => new(parameters.Select(Parameter).ToArray());

    private static JsonNode Parameter(JsonNode? parameter)
    {
        var result = new JsonObject();
        if (parameter is not JsonObject source) return result;
        foreach (var (keyword, value) in source)
        {
            if (ParameterKeywords.Contains(keyword)) result[keyword] = value?.DeepClone();
            else if (keyword == "schema") result[keyword] = Schema(value);
            else if (keyword == "content" && value is JsonObject content) result[keyword] = Content(content);
        }
        return result;
    }

    private static JsonNode Body(JsonNode? body)
    {
        var result = new JsonObject();
        if (body is not JsonObject source) return result;
        if (source["$ref"] is { } reference) result["$ref"] = reference.DeepClone();
        if (source["required"] is { } required) result["required"] = required.DeepClone();
        if (source["content"] is JsonObject content) result["content"] = Content(content);
        return result;
    }

    private static JsonNode Response(JsonNode? response)
    {
        var result = new JsonObject();
        if (response is not JsonObject source) return result;
        if (source["$ref"] is { } reference) result["$ref"] = reference.DeepClone();
        if (source["content"] is JsonObject content) result["content"] = Content(content);
        return result;
    }

    // Media types keep only their schema (no examples).
    private static JsonObject Content(JsonObject content)
    {
        var result = new JsonObject();
        foreach (var (mediaType, media) in content)
        {
            var digested = new JsonObject();
            if (media?["schema"] is { } schema) digested["schema"] = Schema(schema);
            result[mediaType] = digested;
        }
        return result;
    }

    private static JsonNode SecurityScheme(JsonNode? scheme)
    {
        var result = new JsonObject();
        if (scheme is not JsonObject source) return result;
        foreach (var keyword in new[] { "type", "scheme", "bearerFormat", "in", "name" })
        {
            if (source[keyword] is { } value) result[keyword] = value.DeepClone();
        }
        return result;
    }

    private static JsonNode Schema(JsonNode? schema)
    {
        if (schema is not JsonObject source) return schema?.DeepClone() ?? new JsonObject(); // true/false schemas stay
        var result = new JsonObject();
        foreach (var (keyword, value) in source)
        {
            switch (keyword)
            {
                case var plain when SchemaValueKeywords.Contains(plain):
                    result[keyword] = value?.DeepClone();
                    break;
                case "properties" when value is JsonObject properties:
                    result[keyword] = Map(properties, Schema);
                    break;
                case "items" or "additionalProperties" or "not":
                    result[keyword] = Schema(value);
                    break;
                case "allOf" or "anyOf" or "oneOf" when value is JsonArray branches:
                    result[keyword] = new JsonArray(branches.Select(Schema).ToArray());
                    break;
                case "discriminator" when value is JsonObject discriminator:
                    var kept = new JsonObject();
                    if (discriminator["propertyName"] is { } property) kept["propertyName"] = property.DeepClone();
                    if (discriminator["mapping"] is { } mapping) kept["mapping"] = mapping.DeepClone();
                    result[keyword] = kept;
                    break;
            }
        }
        return result;
    }
}
