using System;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Assets;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>
/// What every New-Runai*DataSource/*Credential/asset/template cmdlet shares: the name (checked before sending), a description
/// and the scope (-Project, -Department, -Cluster by name or id, or -Tenant). A kind declares its parameters and
/// builds its spec; this base resolves the scope, confirms and creates.
/// </summary>
public abstract class NewAssetCmdlet : RunaiChangeCmdlet
{
    public const string ProjectSet = "Project";
    public const string DepartmentSet = "Department";
    public const string ClusterSet = "Cluster";
    public const string TenantSet = "Tenant";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = "";

    /// <summary>An empty value (an empty CSV cell) means none.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateLength(0, 250)]
    public string? Description { get; set; }

    /// <summary>The project (name or id) the asset belongs to; by default the connection's default project.</summary>
    [Parameter(ParameterSetName = ProjectSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = DepartmentSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DepartmentNameCompleter))]
    public string? Department { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = ClusterSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ClusterNameCompleter))]
    public string? Cluster { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = TenantSet)]
    public SwitchParameter Tenant { get; set; }

    private bool nameOnCommandLine;
    private bool descriptionOnCommandLine;

    protected override void BeginProcessing()
    {
        // Only what the command line bound is known here; pipeline values are bound per record.
        nameOnCommandLine = MyInvocation.BoundParameters.ContainsKey(nameof(Name));
        descriptionOnCommandLine = MyInvocation.BoundParameters.ContainsKey(nameof(Description));
        base.BeginProcessing();
    }

    /// <summary>An <see cref="AssetKind"/> (created as an <see cref="Asset"/>) or a <see cref="WorkloadTemplateKind"/>.</summary>
    protected abstract IAssetKind TargetKind { get; }

    /// <summary>The kind's spec from its parameters; a bad value throws <see cref="RunaiInvalidValueException"/>.</summary>
    protected abstract JsonObject BuildSpec();

    /// <summary>Secret values, as SecureString, written only into the request.</summary>
    protected virtual void AddSecrets(Asset asset)
    {
    }

    /// <summary>Resolves what the spec refers to by name (a credential's id, say), before the create is confirmed.</summary>
    protected virtual Task CompleteSpecAsync(RunaiConnection connection, JsonObject spec, CancellationToken ct) => Task.CompletedTask;

    protected override void ProcessRecord()
    {
        // A piped project or department is where the asset goes. Its own Name and Description bound by property name
        // describe the unit, not the asset: the name must come from -Name, and its description is not the asset's.
        var pipedUnit = InputObject?.BaseObject as OrgUnit;
        if (pipedUnit is not null)
        {
            if (!descriptionOnCommandLine) Description = null;
            if (!nameOnCommandLine)
            {
                WriteInputError($"A piped {UnitNoun(pipedUnit)} gives the {TargetKind.Noun} its scope, not its name: pass -Name.",
                    ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, InputObject);
                return;
            }
        }
        if (string.IsNullOrEmpty(Description)) Description = null;
        if (!TryPrepare(() => ResourceNames.Check(Name, TargetKind.Noun), Name)) return;
        if (!TryPrepare(BuildSpec, Name, out var spec)) return;
        var connection = RequireConnection();
        string? project = null;
        var department = Department;
        if (ParameterSetName == ProjectSet)
        {
            // -Project on the command line wins over a piped unit; a piped department replaces the default project.
            if (Project is null && pipedUnit is Department pipedDepartment) department = pipedDepartment.Id;
            else if (!TryRequireProject(Project ?? (pipedUnit as Runai.Client.Organization.Project)?.Id, Name, out project)) return;
        }
        if (!TryRun(async ct =>
            {
                await CompleteSpecAsync(connection, spec, ct).ConfigureAwait(false);
                return await AssetScope.ResolveAsync(connection, project, department, Cluster, ct).ConfigureAwait(false);
            }, Name, out var scope)) return;
        var target = $"{TargetKind.Noun} '{Name}' in {scope.Description}";
        switch (TargetKind)
        {
            case WorkloadTemplateKind templateKind:
                var template = new WorkloadTemplate { Meta = scope.ToTemplateMeta(Name, Description), SpecJson = spec };
                Changes.Submit(target, "Create", Name, ct => connection.Resource(templateKind.Descriptor).CreateAsync(template, ct), write: true);
                break;
            default:
                var asset = new Asset { Meta = scope.ToMeta(Name, Description), SpecJson = spec };
                AddSecrets(asset);
                Changes.Submit(target, "Create", Name, ct => connection.Assets((AssetKind)TargetKind).CreateAsync(asset, ct), write: true);
                break;
        }
    }

    private static string UnitNoun(OrgUnit unit) => unit is Department ? "department" : "project";

    /// <summary>Sets a spec field when a value was given.</summary>
    protected static void Set(JsonObject spec, string field, object? value)
    {
        switch (value)
        {
            case null: return;
            case string s: spec[field] = s; break;
            case bool b: spec[field] = b; break;
            case int i: spec[field] = i; break;
            case double d: spec[field] = d; break;
            case JsonNode node: spec[field] = node; break;
            default: throw new ArgumentException($"Unsupported spec value type {value.GetType().Name}.", nameof(value));
        }
    }
}
