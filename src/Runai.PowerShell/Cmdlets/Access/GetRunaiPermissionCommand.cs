using System.Management.Automation;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>Lists what the caller may do: the actions granted per resource type by all of the caller's access rules.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiPermission")]
[OutputType(typeof(Permission))]
public sealed class GetRunaiPermissionCommand : RunaiCmdlet
{
    /// <summary>Resource types (wildcards), e.g. project, workloads, access_rules.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? ResourceType { get; set; }

    protected override void ProcessRecord() => ListWriter.Write(this, RequireConnection().Permissions(), ResourceType);
}
