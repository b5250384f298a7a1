using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Tests.Unit.Client.Contract;

/// <summary>
/// Compares a model's JSON properties with the contract schemas it names by <see cref="ContractSchemaAttribute"/>:
/// each property it reads or writes must exist in every named schema (allOf parts and references followed) with a type
/// it can hold.
/// </summary>
internal static class ModelDrift
{
    public static IReadOnlyList<string> SchemaNames(Type model) =>
        model.GetCustomAttributes<ContractSchemaAttribute>(inherit: false).Select(a => a.Name).ToList();

    /// <summary>The model's properties that take part in JSON (a <c>[JsonPropertyName]</c>, not always ignored), with their names.</summary>
    public static IEnumerable<(PropertyInfo Property, string Json)> JsonProperties(Type model) =>
        model.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .Select(p => (Property: p, Name: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
            .Where(p => p.Name is not null)
            .Select(p => (p.Property, p.Name!));

    /// <remarks>
    /// A model that serves several schemas (a full answer and its list or "me" variant) may read a field that only one
    /// of them has: each property must exist, with a compatible type, in at least one of the schemas it names.
    /// </remarks>
    public static List<string> Problems(Type model)
    {
        var problems = new List<string>();
        var names = SchemaNames(model);
        if (names.Count == 0) problems.Add($"{model.Name} names no contract schema ([ContractSchema]).");
        var schemas = new List<(string Name, Dictionary<string, JsonObject> Properties)>();
        foreach (var name in names)
        {
            var schema = ContractDocument.Schema(name);
            if (schema is null) problems.Add($"{model.Name} names the schema '{name}', which the contract does not have.");
            else schemas.Add((name, ContractDocument.Properties(schema)));
        }
        if (schemas.Count == 0) return problems;
        foreach (var (property, json) in JsonProperties(model))
        {
            var having = schemas.Where(s => s.Properties.ContainsKey(json)).ToList();
            if (having.Count == 0)
            {
                problems.Add($"{model.Name}.{property.Name} (\"{json}\") is not a property of {string.Join(" or ", schemas.Select(s => s.Name))}.");
                continue;
            }
            foreach (var (name, documented) in having)
            {
                var types = ContractDocument.Types(documented[json]);
                if (!Compatible(property.PropertyType, types))
                {
                    problems.Add($"{model.Name}.{property.Name} (\"{json}\") is {Describe(property.PropertyType)}, "
                        + $"but {name}.{json} is {string.Join("|", types.Order(StringComparer.Ordinal))}.");
                }
            }
        }
        return problems;
    }

    /// <summary>Whether a property of <paramref name="clr"/> can hold a JSON value of any of <paramref name="types"/>.</summary>
    public static bool Compatible(Type clr, IReadOnlySet<string> types)
    {
        var type = Nullable.GetUnderlyingType(clr) ?? clr;
        if (types.Contains("any") || type == typeof(JsonElement) || type == typeof(object) || typeof(JsonNode).IsAssignableFrom(type)) return true;
        return types.Any(json => json switch
        {
            "string" => type == typeof(string) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid) || type.IsEnum,
            "number" => type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(int) || type == typeof(long),
            "integer" => type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(double) || type == typeof(decimal),
            "boolean" => type == typeof(bool),
            "array" => type != typeof(string) && (type.IsArray || typeof(IEnumerable).IsAssignableFrom(type)) && !IsDictionary(type),
            "object" => IsDictionary(type) || (type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type)),
            _ => false,
        });
    }

    private static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));

    private static string Describe(Type type) =>
        type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
            : type.Name;
}
