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
[JsonSerializable(typeof(ProjectList))]
[JsonSerializable(typeof(DepartmentList))]
[JsonSerializable(typeof(NodePoolList))]
[JsonSerializable(typeof(NodeList))]
[JsonSerializable(typeof(CountAnswer))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class OrganizationJsonContext : JsonSerializerContext
{
}
