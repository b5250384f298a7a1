using System.Management.Automation;
using Runai.Client;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>Creates a project in a department of the selected cluster, with its quota; returns the new project.</summary>
[Cmdlet(VerbsCommon.New, "RunaiProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Runai.Client.Organization.Project))]
public sealed class NewRunaiProjectCommand : OrgUnitSettingsCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    /// <summary>The parent department, by name (the cluster's default department when neither this nor -DepartmentId is given).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DepartmentNameCompleter))]
    public string? Department { get; set; }

    /// <summary>The parent department, by id; binds from piped departments.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? DepartmentId { get; set; }

    /// <summary>An existing namespace to use instead of runai-&lt;name&gt;.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("RequestedNamespace")]
    [ValidateNotNullOrEmpty]
    public string? Namespace { get; set; }

    protected override void ProcessRecord()
    {
        if (!TryPrepare(() => ResourceNames.Check(Name, "project"), Name)) return;
        if (!TryReadQuota(out var quota)) return;
        var connection = RequireConnection();
        var lookup = new OrganizationLookup(connection);
        var project = new Runai.Client.Organization.Project { Name = Name, RequestedNamespace = Namespace };
        string? departmentName = Department;
        var prepared = TryRun(async ct =>
        {
            project.ClusterId = connection.RequireClusterId();
            if (DepartmentId is null && Department is not null)
            {
                var department = await lookup.DepartmentAsync(Department, ct).ConfigureAwait(false);
                project.ParentId = department.Id;
            }
            else
            {
                project.ParentId = DepartmentId;
            }
            await ApplyAsync(project, quota, lookup, ct).ConfigureAwait(false);
            return true;
        }, Department ?? Name, out _);
        if (!prepared) return;

        var target = $"project '{Name}'" + (departmentName is not null ? $" in department '{departmentName}'" : DepartmentId is not null ? $" in department {DepartmentId}" : "");
        Changes.Submit(target, "Create (" + Describe(quota) + ")", Name, async ct =>
        {
            var created = await connection.Projects().CreateAsync(project, ct).ConfigureAwait(false);
            await lookup.DecorateAsync(created, ct).ConfigureAwait(false);
            return created;
        }, write: true);
    }
}
