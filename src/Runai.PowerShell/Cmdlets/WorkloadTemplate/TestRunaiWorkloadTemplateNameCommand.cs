using System.Management.Automation;
using Runai.Client.Assets;

namespace Runai.PowerShell;

/// <summary>
/// Whether a workload template could be created with each name in a scope (-Project, by default the connection's
/// project; -Department; -Cluster; -Tenant): $false when a template of any kind has it there. One Boolean per name, in order.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "RunaiWorkloadTemplateName", DefaultParameterSetName = ProjectSet)]
[OutputType(typeof(bool))]
public sealed class TestRunaiWorkloadTemplateNameCommand : RunaiCmdlet
{
    public const string ProjectSet = NewAssetCmdlet.ProjectSet;
    public const string DepartmentSet = NewAssetCmdlet.DepartmentSet;
    public const string ClusterSet = NewAssetCmdlet.ClusterSet;
    public const string TenantSet = NewAssetCmdlet.TenantSet;

    private AssetScope? scope;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = System.Array.Empty<string>();

    [Parameter(ParameterSetName = ProjectSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = DepartmentSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DepartmentNameCompleter))]
    public string? Department { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ClusterSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public string? Cluster { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = TenantSet)]
    public SwitchParameter Tenant { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (scope is null)
        {
            string? project = null;
            if (ParameterSetName == ProjectSet && !TryRequireProject(Project, Name, out project)) return;
            if (!TryRun(ct => AssetScope.ResolveAsync(connection, project, Department, Cluster, ct), (object?)Project ?? Department ?? Cluster ?? (object)Name,
                    out scope)) return;
        }
        var meta = scope!.ToTemplateMeta("", null);
        NameAvailabilityWriter.Write(this, Name, "workload template", (name, ct) => connection.IsTemplateNameAvailableAsync(name, meta.ScopeType, meta.ScopeId, ct));
    }
}
