using System.Text.Json.Nodes;
using Json.Schema;

namespace Runai.Emulator.Contract;

/// <summary>
/// The Run:ai OpenAPI document, loaded once: operations by templated path and method, with their parameter and
/// body schemas compiled for JsonSchema.Net. <see cref="Check"/> tells whether a request is contract-valid.
/// </summary>
public sealed class OpenApiContract
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];
    private const string ParameterPrefix = "#/components/parameters/";

    private readonly SchemaEvaluator _evaluator;
    // Templates by segment count, most specific first.
    private readonly Dictionary<int, List<(PathTemplate Template, Dictionary<string, ContractOperation> ByMethod)>> _paths = [];

    private OpenApiContract(SchemaEvaluator evaluator) => _evaluator = evaluator;

    public int OperationCount { get; private set; }

    internal IEnumerable<ContractOperation> Operations =>
        _paths.Values.SelectMany(bucket => bucket).SelectMany(path => path.ByMethod.Values);

    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not an OpenAPI JSON document.</exception>
    public static OpenApiContract Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Contract file '{path}' does not exist.", path);
        JsonObject document;
        try
        {
            document = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException($"Contract file '{path}' is not a JSON object.");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new InvalidDataException($"Contract file '{path}' is not valid JSON: {ex.Message}", ex);
        }
        if (document["paths"] is not JsonObject paths) throw new InvalidDataException($"Contract file '{path}' has no paths.");

        var converter = new OpenApiSchemaConverter(document);
        var contract = new OpenApiContract(new SchemaEvaluator(SchemaEvaluator.Compile(converter.ConvertComponents())));
        var compiled = new Dictionary<string, JsonSchema>(StringComparer.Ordinal); // identical parameter schemas share one
        JsonSchema CompileOnce(JsonNode schema)
        {
            var text = schema.ToJsonString();
            if (!compiled.TryGetValue(text, out var result)) compiled[text] = result = JsonSchema.FromText(text);
            return result;
        }

        var parameterComponents = document["components"]?["parameters"] as JsonObject;
        JsonObject? ResolveParameter(JsonNode? node) =>
            node?["$ref"] is JsonValue reference && reference.GetValue<string>() is var target && target.StartsWith(ParameterPrefix, StringComparison.Ordinal)
                ? parameterComponents?[target[ParameterPrefix.Length..]] as JsonObject
                : node as JsonObject;

        foreach (var (templateText, item) in paths)
        {
            if (item is not JsonObject pathItem) continue;
            var template = new PathTemplate(templateText);
            var byMethod = new Dictionary<string, ContractOperation>(StringComparer.OrdinalIgnoreCase);
            var shared = (pathItem["parameters"] as JsonArray ?? []).Select(ResolveParameter).OfType<JsonObject>().ToList();
            foreach (var method in Methods)
            {
                if (pathItem[method] is not JsonObject operation) continue;
                var own = (operation["parameters"] as JsonArray ?? []).Select(ResolveParameter).OfType<JsonObject>().ToList();
                var merged = own.Concat(shared.Where(s => !own.Any(o => SameParameter(o, s))));
                var parameters = merged
                    .Where(p => p["in"]?.GetValue<string>() is "path" or "query")
                    .Select(p => BuildParameter(p, converter, CompileOnce))
                    .ToArray();
                var operationId = operation["operationId"]?.GetValue<string>() ?? $"{method.ToUpperInvariant()} {templateText}";
                byMethod[method] = new ContractOperation(operationId, method.ToUpperInvariant(), templateText, parameters, BuildBody(operation["requestBody"], converter));
                contract.OperationCount++;
            }
            if (!contract._paths.TryGetValue(template.SegmentCount, out var bucket)) contract._paths[template.SegmentCount] = bucket = [];
            bucket.Add((template, byMethod));
        }
        foreach (var bucket in contract._paths.Values) bucket.Sort((a, b) => a.Template.CompareTo(b.Template));
        return contract;
    }

    /// <summary>Checks method, path, parameters and JSON body of a request.</summary>
    internal ContractCheck Check(string method, string path, IQueryCollection query, string? contentType, string body)
    {
        var segments = path.Split('/');
        if (_paths.TryGetValue(segments.Length, out var candidates))
        {
            string? allow = null;
            foreach (var (template, byMethod) in candidates)
            {
                if (template.Match(segments) is not { } values) continue;
                if (byMethod.TryGetValue(method, out var operation))
                {
                    var violations = operation.Validate(values, query, contentType, body, _evaluator);
                    return new ContractCheck(violations.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, operation.OperationId, violations);
                }
                allow ??= string.Join(", ", byMethod.Values.Select(o => o.Method));
            }
            if (allow is not null)
                return new ContractCheck(StatusCodes.Status405MethodNotAllowed, null, [$"{method} is not defined for {path} (allowed: {allow})."], allow);
        }
        return new ContractCheck(StatusCodes.Status404NotFound, null, [$"no operation matches {method} {path}."]);
    }

    private static bool SameParameter(JsonObject a, JsonObject b) =>
        a["name"]?.GetValue<string>() == b["name"]?.GetValue<string>() && a["in"]?.GetValue<string>() == b["in"]?.GetValue<string>();

    private static ContractParameter BuildParameter(JsonObject parameter, OpenApiSchemaConverter converter, Func<JsonNode, JsonSchema> compile)
    {
        var schema = parameter["schema"];
        var resolved = converter.Resolve(schema);
        var location = parameter["in"]!.GetValue<string>();
        // OpenAPI defaults: query parameters are style=form, which explodes unless told otherwise.
        var explode = parameter["explode"] is JsonValue e ? e.GetValue<bool>() : location == "query";
        return new ContractParameter(
            parameter["name"]!.GetValue<string>(),
            location,
            location == "path" || (parameter["required"] is JsonValue r && r.GetValue<bool>()),
            explode,
            resolved?["type"]?.GetValue<string>(),
            converter.Resolve(resolved?["items"])?["type"]?.GetValue<string>(),
            compile(converter.Convert(schema)));
    }

    private static ContractRequestBody? BuildBody(JsonNode? requestBody, OpenApiSchemaConverter converter)
    {
        if (requestBody is not JsonObject body) return null;
        var required = body["required"] is JsonValue r && r.GetValue<bool>();
        var schema = body["content"]?["application/json"]?["schema"];
        return new ContractRequestBody(required, schema is null ? null : SchemaEvaluator.Compile(converter.Convert(schema)));
    }
}
