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

    /// <summary>The schemas the item model says it mirrors (<see cref="ContractSchemaAttribute"/>).</summary>
    public IReadOnlyList<string> ModelSchemas => ItemClrType.GetCustomAttributes<ContractSchemaAttribute>().Select(a => a.Name).ToList();

    public override string ToString() => Field;
}

public static class DeclaredResources
{
    /// <summary>Every public static field of type <c>ResourceDescriptor&lt;T&gt;</c> in Runai.Client.</summary>
    public static IReadOnlyList<DeclaredResource> All { get; } = Find();

    public static TheoryData<string> Fields()
    {
        var data = new TheoryData<string>();
        foreach (var resource in All) data.Add(resource.Field);
        return data;
    }

    public static DeclaredResource Named(string field) => All.Single(r => r.Field == field);

    private static List<DeclaredResource> Find() =>
        typeof(RunaiConnection).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(ResourceDescriptor<>))
            .Select(Read)
            .OrderBy(r => r.Field, StringComparer.Ordinal)
            .ToList();

    private static DeclaredResource Read(FieldInfo field)
    {
        var descriptor = field.GetValue(null) ?? throw new InvalidOperationException($"{field.DeclaringType}.{field.Name} is null.");
        T Get<T>(string property) => (T)field.FieldType.GetProperty(property)!.GetValue(descriptor)!;
        return new DeclaredResource
        {
            Field = $"{field.DeclaringType!.Name}.{field.Name}",
            ItemClrType = field.FieldType.GetGenericArguments()[0],
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
        };
    }
}
