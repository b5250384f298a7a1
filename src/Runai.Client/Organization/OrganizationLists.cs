using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Runai.Client.Organization;

/// <summary>The list answers of the organization operations (one page each) and the count answer.</summary>
internal sealed class ProjectList
{
    [JsonPropertyName("projects")] public List<Project> Projects { get; set; } = new();
    [JsonPropertyName("next")] public int? Next { get; set; }
}

internal sealed class DepartmentList
{
    [JsonPropertyName("departments")] public List<Department> Departments { get; set; } = new();
    [JsonPropertyName("next")] public int? Next { get; set; }
}

internal sealed class NodePoolList
{
    [JsonPropertyName("nodepools")] public List<NodePool> NodePools { get; set; } = new();
}

internal sealed class NodeList
{
    [JsonPropertyName("nodes")] public List<Node> Nodes { get; set; } = new();
}

internal sealed class CountAnswer
{
    [JsonPropertyName("count")] public long Count { get; set; }
}
