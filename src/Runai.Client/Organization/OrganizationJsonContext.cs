using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Runai.Client.Organization;

/// <summary>Source-generated serialization for the organization types (no reflection, trimming-safe).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Project))]
[JsonSerializable(typeof(Department))]
[JsonSerializable(typeof(NodePool))]
[JsonSerializable(typeof(Node))]
[JsonSerializable(typeof(List<NodePoolQuota>))]
[JsonSerializable(typeof(List<Project>))]
[JsonSerializable(typeof(List<Department>))]
[JsonSerializable(typeof(List<NodePool>))]
[JsonSerializable(typeof(List<Node>))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class OrganizationJsonContext : JsonSerializerContext
{
}
