using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>The contract's <c>Department</c> (and <c>DepartmentForList</c>).</summary>
[ContractSchema("Department")]
[ContractSchema("DepartmentForList")]
public sealed class Department : OrgUnit
{
    /// <summary>The department's id under the name project cmdlets bind from the pipeline (<c>Get-RunaiDepartment x | Get-RunaiProject</c>).</summary>
    [JsonIgnore] public string DepartmentId => Id;
}
