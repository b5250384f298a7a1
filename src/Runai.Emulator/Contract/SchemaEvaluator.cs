using System.Text.Json.Nodes;
using Json.Schema;

namespace Runai.Emulator.Contract;

/// <summary>Runs JsonSchema.Net against the converted contract schemas and words the failures with JSON paths.</summary>
internal sealed class SchemaEvaluator
{
    // JsonSchema.Net 7.4 caches per-schema state during evaluation and is not safe for concurrent evaluations of
    // shared subschemas (json-everything issue #929), so evaluations are serialized, across every evaluator (request
    // and response schemas share the library's global state); each takes well under a millisecond.
    private static readonly Lock Gate = new();
    private readonly EvaluationOptions _options;

    static SchemaEvaluator()
    {
        // The default messages do not say which values or pattern were expected; a client author needs that.
        ErrorMessages.Enum = "[[received]] is not one of [[values]]";
        ErrorMessages.Pattern = "does not match the pattern [[pattern]]";
        ErrorMessages.FalseSchema = "is not allowed here";
    }

    /// <param name="definitions">The converted component schemas, referenced by the schemas this evaluator runs.</param>
    /// <param name="validateFormats">Whether <c>format</c> is an assertion; only response conversions keep any format.</param>
    public SchemaEvaluator(JsonSchema definitions, bool validateFormats = false)
    {
        _options = new EvaluationOptions
        {
            EvaluateAs = SpecVersion.Draft202012,
            OutputFormat = OutputFormat.Hierarchical,
            RequireFormatValidation = validateFormats,
        };
        _options.SchemaRegistry.Register(definitions);
    }

    public static JsonSchema Compile(JsonNode schema) => JsonSchema.FromText(schema.ToJsonString());

    /// <summary>
    /// The violations of <paramref name="instance"/>, each starting with where it is: for a body, <paramref name="label"/>
    /// and a JSON path (<c>body $.spec.image</c>); for a parameter, the label and any index (<c>query parameter 'x'[1]</c>).
    /// </summary>
    public List<string> Evaluate(JsonSchema schema, JsonNode? instance, string label, bool isBody)
    {
        EvaluationResults results;
        lock (Gate) results = schema.Evaluate(instance, _options);
        var violations = new List<string>();
        if (!results.IsValid) Collect(results, label, isBody, violations);
        violations = violations.Distinct(StringComparer.Ordinal).ToList(); // allOf branches sharing a component repeat themselves
        if (!results.IsValid && violations.Count == 0) violations.Add($"{label}: does not match the contract schema.");
        return violations;
    }

    private static void Collect(EvaluationResults node, string label, bool isBody, List<string> sink)
    {
        if (node.IsValid || IsNullProbe(node)) return;
        if (node.HasErrors)
        {
            var path = JsonPath(node.InstanceLocation.ToString());
            var where = isBody ? $"{label} {path}" : label + path[1..];
            foreach (var (_, message) in node.Errors!) sink.Add($"{where}: {message}");
        }
        if (!node.HasDetails) return;
        foreach (var child in node.Details) Collect(child, label, isBody, sink);
    }

    // The "if": {"type":"null"} half of a nullable wrapper fails for every non-null value; that is not a violation.
    private static bool IsNullProbe(EvaluationResults node)
    {
        var path = node.EvaluationPath.ToString();
        return path.EndsWith("/if", StringComparison.Ordinal) && !path.EndsWith("/properties/if", StringComparison.Ordinal);
    }

    /// <summary>JSON Pointer <c>/a/0/b</c> as the JSON path <c>$.a[0].b</c>.</summary>
    public static string JsonPath(string pointer)
    {
        var path = new System.Text.StringBuilder("$");
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (segment.All(char.IsAsciiDigit)) path.Append('[').Append(segment).Append(']');
            else if (segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) path.Append('.').Append(segment);
            else path.Append("['").Append(segment.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
        return path.ToString();
    }
}
