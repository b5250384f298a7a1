using System.Collections;
using System.Reflection;
using Runai.Client;
using Runai.Client.Json;
using Runai.Client.Resources;

namespace Runai.Tests.Unit.Client.Contract;

/// <summary>
/// What one <see cref="ResourceDescriptor{T}"/> of the client declares, read by reflection so that every descriptor
/// the client has — including ones added later — is compared with the contract without being listed here.
/// </summary>
public sealed record DeclaredResource
{
    public required string Field { get; init; }
    public required Type ItemClrType { get; init; }
    public required string Route { get; init; }
    public required string Schema { get; init; }
    public required string? ListEnvelope { get; init; }
    public required bool Paged { get; init; }
    public required bool Filterable { get; init; }
    public required string? NameField { get; init; }
    public required IReadOnlyCollection<string>? NameOperators { get; init; }
    public required ResourceIdFormat IdFormat { get; init; }
    public required IReadOnlyCollection<string> LiteralSegments { get; init; }
    public required string? ScopeField { get; init; }
    public required ResourceOperations Operations { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> FixedQuery { get; init; } = Array.Empty<KeyValuePair<string, string>>();
    public string? NameAvailabilityParameter { get; init; }

    /// <summary>The schemas the item model says it mirrors (<see cref="ContractSchemaAttribute"/>).</summary>
    public IReadOnlyList<string> ModelSchemas => ItemClrType.GetCustomAttributes<ContractSchemaAttribute>().Select(a => a.Name).ToList();

    public override string ToString() => Field;
}

public static class DeclaredResources
{
    /// <summary>
    /// Every descriptor reachable from a public static field or property of Runai.Client: one of type
    /// <c>ResourceDescriptor&lt;T&gt;</c> (<c>NodePoolResource.Descriptor</c>, <c>AssetKinds.DataSources</c>), one whose value
    /// carries it in a public <c>Descriptor</c> property (<c>AssetKinds.Pvc.Descriptor</c>), or a collection of such
    /// values (<c>AssetKinds.All[0].Descriptor</c>). A descriptor reached several ways is listed once, under its first name.
    /// </summary>
    public static IReadOnlyList<DeclaredResource> All { get; } = Find();

    public static TheoryData<string> Fields()
    {
        var data = new TheoryData<string>();
        foreach (var resource in All) data.Add(resource.Field);
        return data;
    }

    public static DeclaredResource Named(string field) => All.Single(r => r.Field == field);

    private static List<DeclaredResource> Find()
    {
        var members = typeof(RunaiConnection).Assembly.GetTypes()
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m is FieldInfo || m is PropertyInfo { CanRead: true } p && p.GetIndexParameters().Length == 0)
            .OrderBy(m => $"{m.DeclaringType!.Name}.{m.Name}", StringComparer.Ordinal)
            .ToList();
        var found = new Dictionary<object, DeclaredResource>(ReferenceEqualityComparer.Instance);
        // Direct holders first, so that a descriptor also in a collection keeps the name of its field.
        foreach (var collections in new[] { false, true })
        {
            foreach (var member in members)
            {
                var name = $"{member.DeclaringType!.Name}.{member.Name}";
                var value = member is FieldInfo field ? field.GetValue(null) : ((PropertyInfo)member).GetValue(null);
                if (!collections)
                {
                    if (Descriptor(value, name) is { } held) found.TryAdd(held.Descriptor, Read(held.Descriptor, held.Name));
                }
                else if (value is IEnumerable items and not string && !IsDescriptor(value))
                {
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (Descriptor(item, $"{name}[{index++}]") is { } held) found.TryAdd(held.Descriptor, Read(held.Descriptor, held.Name));
                    }
                }
            }
        }
        return found.Values.OrderBy(r => r.Field, StringComparer.Ordinal).ToList();
    }

    /// <summary>The descriptor <paramref name="value"/> is or carries in a public <c>Descriptor</c> property, with its name.</summary>
    private static (object Descriptor, string Name)? Descriptor(object? value, string name)
    {
        if (value is null) return null;
        if (IsDescriptor(value)) return (value, name);
        var property = value.GetType().GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Instance);
        return property?.GetValue(value) is { } carried && IsDescriptor(carried) ? (carried, name + ".Descriptor") : null;
    }

    private static bool IsDescriptor(object value) =>
        value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ResourceDescriptor<>);

    private static DeclaredResource Read(object descriptor, string name)
    {
        var type = descriptor.GetType();
        T Get<T>(string property) => (T)type.GetProperty(property)!.GetValue(descriptor)!;
        return new DeclaredResource
        {
            Field = name,
            ItemClrType = type.GetGenericArguments()[0],
            Route = Get<string>(nameof(ResourceDescriptor<object>.Route)),
            Schema = Get<string>(nameof(ResourceDescriptor<object>.Schema)),
            ListEnvelope = Get<string?>(nameof(ResourceDescriptor<object>.ListEnvelope)),
            Paged = Get<bool>(nameof(ResourceDescriptor<object>.Paged)),
            Filterable = Get<bool>(nameof(ResourceDescriptor<object>.Filterable)),
            NameField = Get<string?>(nameof(ResourceDescriptor<object>.NameField)),
            NameOperators = Get<IReadOnlyCollection<string>?>(nameof(ResourceDescriptor<object>.NameOperators)),
            IdFormat = Get<ResourceIdFormat>(nameof(ResourceDescriptor<object>.IdFormat)),
            LiteralSegments = Get<IReadOnlyCollection<string>>(nameof(ResourceDescriptor<object>.LiteralSegments)),
            ScopeField = Get<string?>(nameof(ResourceDescriptor<object>.ScopeField)),
            Operations = Get<ResourceOperations>(nameof(ResourceDescriptor<object>.Operations)),
            FixedQuery = Get<IReadOnlyList<KeyValuePair<string, string>>>(nameof(ResourceDescriptor<object>.FixedQuery)),
            NameAvailabilityParameter = Get<string?>(nameof(ResourceDescriptor<object>.NameAvailabilityParameter)),
        };
    }
}
