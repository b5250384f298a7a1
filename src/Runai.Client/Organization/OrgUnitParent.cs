using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>The contract's <c>DepartmentProjectParent</c>: the id and name of an org unit's parent.</summary>
[ContractSchema("DepartmentProjectParent")]
public sealed class OrgUnitParent : RunaiModel
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";

    public override string ToString() => Name;
}
