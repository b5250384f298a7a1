using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Runai.Emulator.Contract;

/// <summary>
/// The Run:ai OpenAPI document, loaded once: operations by templated path and method, with their parameter and
/// body schemas compiled for JsonSchema.Net. <see cref="Check"/> tells whether a request is contract-valid;
/// <see cref="CheckResponse"/> and <see cref="CheckSchema"/> tell whether an answer (or any value) matches the contract.
/// </summary>
public sealed class OpenApiContract
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];
    private const string ParameterPrefix = "#/components/parameters/";
    private const string ResponsePrefix = "#/components/responses/";

    private readonly JsonObject _document;
    private readonly OpenApiSchemaConverter _converter;
    private readonly SchemaEvaluator _evaluator;
    // Response semantics need their own conversion of every component; strict mode never needs it, so it is built on first use.
    private readonly Lazy<(OpenApiSchemaConverter Converter, SchemaEvaluator Evaluator)> _responseSide;
    // Schemas compiled for CheckSchema and CheckResponse, by direction and schema name or operation and status.
    private readonly ConcurrentDictionary<string, JsonSchema> _checkSchemas = new(StringComparer.Ordinal);
    // Templates by segment count, most specific first.
    private readonly Dictionary<int, List<(PathTemplate Template, Dictionary<string, ContractOperation> ByMethod)>> _paths = [];

    private OpenApiContract(JsonObject document, OpenApiSchemaConverter converter)
    {
        _document = document;
        _converter = converter;
        _evaluator = new SchemaEvaluator(SchemaEvaluator.Compile(converter.ConvertComponents()));
        _responseSide = new(() =>
        {
            var responses = new OpenApiSchemaConverter(document, SchemaDirection.Response);
            return (responses, new SchemaEvaluator(SchemaEvaluator.Compile(responses.ConvertComponents()), validateFormats: true));
        });
    }

    public int OperationCount { get; private set; }

    internal IEnumerable<ContractOperation> Operations =>
        _paths.Values.SelectMany(bucket => bucket).SelectMany(path => path.ByMethod.Values);

    /// <summary>Where the contract came from: the document's path, or <see cref="DigestSource"/>.</summary>
    public string Source { get; private set; } = DigestSource;

    public const string DigestSource = "the embedded contract digest";

    private static readonly Lazy<OpenApiContract> Digest = new(() => FromDocument(ParseDocument(ContractDigest.ReadEmbedded(), DigestSource), DigestSource));

    /// <summary>The contract from the digest embedded in the emulator, compiled once per process and shared.</summary>
    public static OpenApiContract LoadDigest() => Digest.Value;

    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not an OpenAPI JSON document.</exception>
    public static OpenApiContract Load(string path) => FromDocument(ReadDocument(path), path);

    /// <summary>Reads and minimally checks an OpenAPI JSON document.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not an OpenAPI JSON document.</exception>
    public static JsonObject ReadDocument(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Contract file '{path}' does not exist.", path);
        return ParseDocument(File.ReadAllText(path), $"Contract file '{path}'");
    }

    private static JsonObject ParseDocument(string text, string what)
    {
        JsonObject document;
        try
        {
            document = JsonNode.Parse(text) as JsonObject ?? throw new InvalidDataException($"{what} is not a JSON object.");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new InvalidDataException($"{what} is not valid JSON: {ex.Message}", ex);
        }
        if (document["paths"] is not JsonObject) throw new InvalidDataException($"{what} has no paths.");
        return document;
    }

    private static OpenApiContract FromDocument(JsonObject document, string source)
    {
        var paths = (JsonObject)document["paths"]!;
        var converter = new OpenApiSchemaConverter(document);
        var contract = new OpenApiContract(document, converter) { Source = source };
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

    /// <summary>
    /// The violations of a value against a component schema, as a response (readOnly properties required as the schema
    /// says, writeOnly ones not, uuid and date-time formats checked) or as a request (the other way round, as strict mode
    /// checks bodies). Each starts with the schema name and a JSON path: <c>Project $.name: ...</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The contract has no schema of that name.</exception>
    public IReadOnlyList<string> CheckSchema(string schemaName, JsonNode? value, bool asResponse)
    {
        var (converter, evaluator) = asResponse ? _responseSide.Value : (_converter, _evaluator);
        if (!converter.HasSchema(schemaName)) throw new ArgumentException($"The contract has no schema '{schemaName}'.", nameof(schemaName));
        var schema = _checkSchemas.GetOrAdd($"{converter.Direction} {schemaName}", _ => SchemaEvaluator.Compile(converter.ReferenceTo(schemaName)));
        return evaluator.Evaluate(schema, value, schemaName, isBody: true);
    }

    /// <summary>
    /// The violations of an answer against what the contract documents for <paramref name="method"/> on
    /// <paramref name="templatedPath"/> (as written in the contract, <c>/api/v1/org-unit/projects/{projectId}</c>) with
    /// <paramref name="status"/> (else its <c>2XX</c> range, else <c>default</c>), with response semantics as in
    /// <see cref="CheckSchema"/>. <paramref name="body"/> is the parsed JSON body, null when there is none. An undocumented
    /// operation or status is a violation too. Each violation starts with <c>response</c> and a JSON path.
    /// </summary>
    public IReadOnlyList<string> CheckResponse(string method, string templatedPath, int status, JsonNode? body)
    {
        var verb = method.ToUpperInvariant();
        var operation = Methods.Contains(method.ToLowerInvariant()) ? _document["paths"]?[templatedPath]?[method.ToLowerInvariant()] as JsonObject : null;
        if (operation is null) return [$"the contract defines no operation {verb} {templatedPath}."];
        var operationId = operation["operationId"]?.GetValue<string>() ?? $"{verb} {templatedPath}";
        var responses = operation["responses"] as JsonObject;
        var code = status.ToString(CultureInfo.InvariantCulture);
        var documented = responses?[code] ?? responses?[$"{code[0]}XX"] ?? responses?["default"];
        if (ResolveResponse(documented) is not { } response) return [$"{operationId} does not document status {code}."];

        if (response["content"]?["application/json"]?["schema"] is not { } schemaNode)
            return body is null ? [] : [$"{operationId} documents no JSON body for status {code}, but the answer has one."];
        var (converter, evaluator) = _responseSide.Value;
        var schema = _checkSchemas.GetOrAdd($"{verb} {templatedPath} {code}", _ => SchemaEvaluator.Compile(converter.Convert(schemaNode)));
        return evaluator.Evaluate(schema, body, "response", isBody: true);
    }

    private JsonObject? ResolveResponse(JsonNode? response)
    {
        for (var hops = 0; hops < 32 && response is JsonObject obj; hops++)
        {
            if (obj["$ref"] is not JsonValue reference) return obj;
            var target = reference.GetValue<string>();
            response = target.StartsWith(ResponsePrefix, StringComparison.Ordinal) ? _document["components"]?["responses"]?[target[ResponsePrefix.Length..]] : null;
        }
        return null;
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
