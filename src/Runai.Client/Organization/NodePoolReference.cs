using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>The node pool a quota entry refers to (<c>{ id, name }</c>).</summary>
[ContractSchema("Resources.nodePool")]
public sealed class NodePoolReference : RunaiModel
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }

    public override string ToString() => Name ?? Id ?? "";
}
