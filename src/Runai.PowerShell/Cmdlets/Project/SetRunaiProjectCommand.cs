using System.Management.Automation;
using Runai.Client;
using Runai.Client.Organization;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>
/// Changes only the given settings of a project: reads it, merges the change, writes it back (every field the module
/// does not model is kept). Returns the project with -PassThru.
/// </summary>
[Cmdlet(VerbsCommon.Set, "RunaiProject", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Runai.Client.Organization.Project))]
public sealed class SetRunaiProjectCommand : SetOrgUnitCmdlet<Runai.Client.Organization.Project>
{
    [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("ProjectId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByNameSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Name { get; set; }

    [Parameter]
    public bool? EnforceRunaiScheduler { get; set; }

    protected override string? UnitId => Id;
    protected override string? UnitName => Name;
    internal override ResourceClient<Runai.Client.Organization.Project> Client(RunaiConnection connection) => connection.Projects();
    protected override bool HasOwnSettings => EnforceRunaiScheduler is not null;

    protected override void ApplyOwnSettings(Runai.Client.Organization.Project unit)
    {
        if (EnforceRunaiScheduler is bool enforce) unit.EnforceRunaiScheduler = enforce;
    }
}
