using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.Extensions.Primitives;

namespace Runai.Emulator.Contract;

/// <summary>One operation of the contract with everything needed to check a request against it, compiled once.</summary>
internal sealed class ContractOperation(
    string operationId,
    string method,
    string template,
    IReadOnlyList<ContractParameter> parameters,
    ContractRequestBody? body)
{
    public string OperationId { get; } = operationId;
    public string Method { get; } = method;
    public string Template { get; } = template;

    /// <summary>The request's violations of this operation, in request order: path, query, then body.</summary>
    public List<string> Validate(IReadOnlyDictionary<string, string> pathValues, IQueryCollection query, string? contentType, string requestBody, SchemaEvaluator evaluator)
    {
        var violations = new List<string>();
        foreach (var parameter in parameters.Where(p => p.In == "path"))
        {
            if (pathValues.TryGetValue(parameter.Name, out var value)) Check(parameter, [Uri.UnescapeDataString(value)], evaluator, violations);
        }

        var declared = parameters.Where(p => p.In == "query").Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in query.Keys.Where(name => !declared.Contains(name)))
            violations.Add($"query parameter '{name}' is not defined for this operation.");
        foreach (var parameter in parameters.Where(p => p.In == "query"))
        {
            if (query.TryGetValue(parameter.Name, out StringValues values) && values.Count > 0)
                Check(parameter, values.Select(v => v ?? "").ToArray(), evaluator, violations);
            else if (parameter.Required)
                violations.Add($"{parameter.Label} is required.");
        }

        CheckBody(contentType, requestBody, evaluator, violations);
        return violations;
    }

    private static void Check(ContractParameter parameter, IReadOnlyList<string> raw, SchemaEvaluator evaluator, List<string> violations)
    {
        var (instance, violation) = parameter.ToInstance(raw);
        if (violation is not null) violations.Add(violation);
        else violations.AddRange(evaluator.Evaluate(parameter.Schema, instance, parameter.Label, isBody: false));
    }

    private void CheckBody(string? contentType, string requestBody, SchemaEvaluator evaluator, List<string> violations)
    {
        var hasBody = !string.IsNullOrWhiteSpace(requestBody);
        if (body is null)
        {
            if (hasBody) violations.Add("body: this operation takes no request body.");
            return;
        }
        if (body.Schema is null) return; // not a JSON body (e.g. form-encoded): not checked
        if (!hasBody)
        {
            if (body.Required) violations.Add("body: a JSON request body is required.");
            return;
        }
        if (!IsJsonMediaType(contentType))
        {
            violations.Add($"body: Content-Type must be application/json, not '{contentType}'.");
            return;
        }

        JsonNode? instance;
        try
        {
            instance = JsonNode.Parse(requestBody);
        }
        catch (JsonException ex)
        {
            violations.Add($"body: not valid JSON ({ex.Message})");
            return;
        }
        violations.AddRange(evaluator.Evaluate(body.Schema, instance, "body", isBody: true));
    }

    private static bool IsJsonMediaType(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && string.Equals(media.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase);
}

/// <summary>An operation's request body: whether it is required, and its schema when it is JSON.</summary>
internal sealed record ContractRequestBody(bool Required, JsonSchema? Schema);
