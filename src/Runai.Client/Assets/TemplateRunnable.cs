using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Assets;

/// <summary>The contract's <c>RunnableInfo</c>: whether a template can be submitted as it is, and if not, why.</summary>
[ContractSchema("RunnableInfo")]
public sealed class TemplateRunnable : RunaiModel
{
    [JsonPropertyName("isRunnable")] public bool? IsRunnable { get; set; }
    [JsonPropertyName("issue")] public string? Issue { get; set; }
}
