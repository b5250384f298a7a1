using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Runai.Emulator.Contract;

/// <summary>A path or query parameter of an operation, with the JSON type its raw text must convert to.</summary>
internal sealed record ContractParameter(
    string Name,
    string In,
    bool Required,
    bool Explode,
    string? Type,
    string? ItemType,
    JsonSchema Schema)
{
    public string Label => $"{In} parameter '{Name}'";

    /// <summary>The raw values as the JSON instance to validate, or a violation when they cannot be typed.</summary>
    public (JsonNode? Instance, string? Violation) ToInstance(IReadOnlyList<string> rawValues)
    {
        if (Type == "array")
        {
            var items = Explode ? rawValues : rawValues.SelectMany(v => v.Split(',')).ToArray();
            var array = new JsonArray();
            for (var i = 0; i < items.Count; i++)
            {
                var (item, problem) = Typed(items[i], ItemType);
                if (problem is not null) return (null, $"{Label}[{i}]: {problem}");
                array.Add(item);
            }
            return (array, null);
        }
        if (rawValues.Count > 1) return (null, $"{Label}: given {rawValues.Count} times but takes one value.");
        var (value, violation) = Typed(rawValues[0], Type);
        return (value, violation is null ? null : $"{Label}: {violation}");
    }

    private static (JsonNode? Value, string? Problem) Typed(string raw, string? type) => type switch
    {
        "integer" => long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            ? (JsonValue.Create(integer), null)
            : (null, $"'{raw}' is not an integer."),
        "number" => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? (JsonValue.Create(number), null)
            : (null, $"'{raw}' is not a number."),
        // The contract's booleans are JSON booleans: lower-case true or false, not .NET's "True".
        "boolean" => raw is "true" or "false"
            ? (JsonValue.Create(raw == "true"), null)
            : (null, $"'{raw}' is not a boolean (true or false)."),
        _ => (JsonValue.Create(raw), null),
    };
}
