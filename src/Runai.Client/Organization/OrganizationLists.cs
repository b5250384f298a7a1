using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Runai.Client.Organization;

// The list answers of the organization operations (one page each) and the count answer.

/// <summary>A page of the projects list (the contract's envelope).</summary>
public sealed class ProjectList
{
    [JsonPropertyName("projects")] public List<Project> Projects { get; set; } = new();
    [JsonPropertyName("next")] public int? Next { get; set; }
}

/// <summary>A page of the departments list (the contract's envelope).</summary>
public sealed class DepartmentList
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
