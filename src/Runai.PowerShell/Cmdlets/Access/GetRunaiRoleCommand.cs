using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Lists the tenant's roles, with the permissions each grants, by name (wildcards) or id.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiRole", DefaultParameterSetName = ByNameSet)]
[OutputType(typeof(Role))]
public sealed class GetRunaiRoleCommand : RunaiCmdlet
{
    public const string ByNameSet = "ByName";
    public const string ByIdSet = "ById";

    [Parameter(Position = 0, ParameterSetName = ByNameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(RoleNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("RoleId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override void ProcessRecord() => ListWriter.WriteByIdOrName(this, RequireConnection().Roles(), Id, Name);
}
