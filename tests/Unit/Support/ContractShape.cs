using System.Text.Json.Nodes;
using Runai.Emulator.Contract;

namespace Runai.Tests.Unit.Support;

/// <summary>
/// Checks emulator answers against the Run:ai contract (found by <see cref="ContractLocator"/>), with the schema
/// evaluator strict mode uses and response semantics: readOnly fields are required as the schema says, writeOnly ones
/// are not, uuid and date-time formats are checked. The contract is loaded once; callers skip when it is absent.
/// </summary>
public static class ContractShape
{
    private static readonly Lazy<OpenApiContract?> Loaded = new(() => ContractLocator.Find() is { } path ? OpenApiContract.Load(path) : null);

    /// <summary>Whether the contract was found; without it the other members throw.</summary>
    public static bool Available => ContractLocator.Find() is not null;

    public static OpenApiContract Contract => Loaded.Value ?? throw new InvalidOperationException(ContractLocator.SkipReason);

    /// <summary>The violations of <paramref name="value"/> against the component schema <paramref name="schemaName"/>; empty when it matches.</summary>
    public static IReadOnlyList<string> Violations(JsonNode? value, string schemaName) =>
        Contract.CheckSchema(schemaName, value, asResponse: true);

    /// <summary>
    /// The violations of an answer against what the contract documents for <paramref name="method"/> on
    /// <paramref name="templatedPath"/> (written as in the contract, with <c>{projectId}</c> and the like) and <paramref name="status"/>.
    /// </summary>
    public static IReadOnlyList<string> ViolationsOfResponse(JsonNode? body, string templatedPath, string method = "get", int status = 200) =>
        Contract.CheckResponse(method, templatedPath, status, body);

    public static void AssertMatches(JsonNode? value, string schemaName)
    {
        var violations = Violations(value, schemaName);
        Assert.True(violations.Count == 0, $"Not a valid {schemaName}: " + string.Join("; ", violations));
    }

    public static void AssertResponseMatches(JsonNode? body, string templatedPath, string method = "get", int status = 200)
    {
        var violations = ViolationsOfResponse(body, templatedPath, method, status);
        Assert.True(violations.Count == 0, $"Not a valid {method.ToUpperInvariant()} {templatedPath} {status} answer: " + string.Join("; ", violations));
    }
}
