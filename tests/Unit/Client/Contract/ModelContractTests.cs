using System.Text.Json;
using System.Text.Json.Serialization;
using Runai.Client;
using Runai.Client.Json;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client.Contract;

/// <summary>
/// Contract drift of the hand-written models: every class of Runai.Client with JSON properties names the contract schema
/// it mirrors (or is listed here with the reason it mirrors none), and each JSON property it reads or writes exists in
/// that schema with a compatible type.
/// </summary>
public sealed class ModelContractTests
{
    /// <summary>Models that mirror no named schema, and why.</summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["Runai.Client.Workloads.WorkloadPodListResponse"] =
            "the inline envelope of GET /api/v1/workloads/{workloadId}/pods (pods, next); its items are WorkloadPod, checked as Pod1",
        ["Runai.Client.Workloads.WorkloadEventListResponse"] =
            "the inline envelope of GET /api/v1/workloads/{workloadId}/events (events, next); its items are WorkloadEvent, checked as Event2",
        ["Runai.Client.Access.SecretAnswer"] =
            "reads the one-time secret of several create/reset answers (UserPostResponse, the inline tempPassword answer); internal, never a cmdlet's output",
        ["Runai.Client.Resources.CountAnswer"] =
            "the inline answer of every …/count route; DescriptorContractTests checks that each declared count answers {\"count\": integer}",
    };

    public static TheoryData<string> Models()
    {
        var data = new TheoryData<string>();
        foreach (var model in JsonModels().Where(t => ModelDrift.SchemaNames(t).Count > 0)) data.Add(model.FullName!);
        return data;
    }

    /// <summary>Concrete classes of Runai.Client with at least one JSON property (abstract bases are checked through their subclasses).</summary>
    private static IEnumerable<Type> JsonModels() =>
        typeof(RunaiConnection).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && ModelDrift.JsonProperties(t).Any())
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Fact]
    public void Every_model_names_its_contract_schema_or_is_a_listed_exception()
    {
        var unnamed = JsonModels().Where(t => ModelDrift.SchemaNames(t).Count == 0).Select(t => t.FullName!).ToList();

        Assert.True(unnamed.All(Exceptions.ContainsKey),
            "Models without [ContractSchema] (name the schema they mirror, or list them with a reason): " + string.Join(", ", unnamed.Where(n => !Exceptions.ContainsKey(n))));
        Assert.True(Exceptions.Keys.All(unnamed.Contains),
            "Listed exceptions that are no longer models without [ContractSchema]: " + string.Join(", ", Exceptions.Keys.Where(k => !unnamed.Contains(k))));
        Assert.Contains(typeof(Runai.Client.Organization.NodePool), JsonModels());
    }

    [ContractTheory]
    [MemberData(nameof(Models))]
    public void A_model_reads_only_fields_its_schema_has_with_compatible_types(string model)
    {
        var type = typeof(RunaiConnection).Assembly.GetType(model, throwOnError: true)!;

        var problems = ModelDrift.Problems(type);

        Assert.True(problems.Count == 0, $"{model} drifted from the contract:\n  " + string.Join("\n  ", problems));
    }

    [ContractFact]
    public void A_model_with_an_unknown_field_a_wrong_type_or_an_unknown_schema_is_reported()
    {
        var problems = ModelDrift.Problems(typeof(DriftedNodePool));

        Assert.Contains("DriftedNodePool.NodeCount (\"nodeCount\") is not a property of Nodepool.", problems);
        Assert.Contains("DriftedNodePool.Name (\"name\") is Int32, but Nodepool.name is string.", problems);
        Assert.Contains("DriftedNodePool.IsDefault (\"isDefault\") is String, but Nodepool.isDefault is boolean.", problems);
        Assert.Contains("DriftedNodePool.Labels (\"labelKey\") is List<String>, but Nodepool.labelKey is string.", problems);
        Assert.Contains("DriftedNodePool names the schema 'NoSuchSchema', which the contract does not have.", problems);
        Assert.DoesNotContain(problems, p => p.Contains("Shown", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
    }

    [ContractFact]
    public void Compatible_types_nullable_and_inline_schemas_pass()
    {
        Assert.Empty(ModelDrift.Problems(typeof(CompatibleNodePool)));
        Assert.Empty(ModelDrift.Problems(typeof(CompatibleMemory)));
    }

    [Theory]
    [InlineData(typeof(string), "string", true)]
    [InlineData(typeof(DateTimeOffset?), "string", true)]
    [InlineData(typeof(Guid), "string", true)]
    [InlineData(typeof(JsonValueKind), "string", true)]
    [InlineData(typeof(int), "string", false)]
    [InlineData(typeof(double?), "number", true)]
    [InlineData(typeof(long), "integer", true)]
    [InlineData(typeof(string), "integer", false)]
    [InlineData(typeof(bool?), "boolean", true)]
    [InlineData(typeof(string), "boolean", false)]
    [InlineData(typeof(List<string>), "array", true)]
    [InlineData(typeof(string[]), "array", true)]
    [InlineData(typeof(string), "array", false)]
    [InlineData(typeof(Dictionary<string, string>), "object", true)]
    [InlineData(typeof(Dictionary<string, string>), "array", false)]
    [InlineData(typeof(ContractSchemaAttribute), "object", true)]
    [InlineData(typeof(List<string>), "object", false)]
    [InlineData(typeof(JsonElement?), "array", true)]
    [InlineData(typeof(string), "any", true)]
    public void Type_compatibility_follows_the_json_type(Type clr, string json, bool compatible) =>
        Assert.Equal(compatible, ModelDrift.Compatible(clr, new HashSet<string> { json }));

    [ContractSchema("Nodepool")]
    [ContractSchema("NoSuchSchema")]
    private sealed class DriftedNodePool
    {
        [JsonPropertyName("name")] public int Name { get; set; }
        [JsonPropertyName("nodeCount")] public int NodeCount { get; set; }
        [JsonPropertyName("isDefault")] public string IsDefault { get; set; } = "";
        [JsonPropertyName("labelKey")] public List<string> Labels { get; set; } = new();
        [JsonIgnore, JsonPropertyName("shown")] public string Shown => "";
    }

    [ContractSchema("Nodepool")]
    private sealed class CompatibleNodePool
    {
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("tenantId")] public long? TenantId { get; set; }
        [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
        [JsonPropertyName("isDefault")] public bool IsDefault { get; set; }
        [JsonPropertyName("status")] public JsonElement Status { get; set; }
        [JsonPropertyName("placementStrategy"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public CompatibleMemory? Placement { get; set; }
    }

    [ContractSchema("Resources.memory")]
    private sealed class CompatibleMemory
    {
        [JsonPropertyName("deserved")] public double? Deserved { get; set; }
        [JsonPropertyName("units")] public string? Units { get; set; }
    }
}
