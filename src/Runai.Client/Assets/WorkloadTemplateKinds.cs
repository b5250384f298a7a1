using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Resources;
using Runai.Client.Workloads;

namespace Runai.Client.Assets;

/// <summary>
/// The workload template routes of the contract (<c>/api/v1/workload-templates</c>; not the deprecated
/// <c>/api/v1/asset/workload-template</c>): one kind per workload kind, paged <c>entries</c> lists with filterBy, UUID
/// ids, a create answering 202, a PUT answering 200 (none for inference templates) and a delete answering 204.
/// </summary>
public static class WorkloadTemplateKinds
{
    private const string Route = "api/v1/workload-templates";
    private static readonly string[] ServerOwned = { "runnable", "combinedSpec" };

    public static readonly WorkloadTemplateKind Workspace = Define(WorkloadKind.Workspace, "WorkspaceTemplate", canUpdate: true);
    public static readonly WorkloadTemplateKind Training = Define(WorkloadKind.Training, "TrainingTemplate", canUpdate: true);
    public static readonly WorkloadTemplateKind Distributed = Define(WorkloadKind.Distributed, "DistributedTemplate", canUpdate: true);
    public static readonly WorkloadTemplateKind Inference = Define(WorkloadKind.Inference, "InferenceTemplate", canUpdate: false);

    public static readonly IReadOnlyList<WorkloadTemplateKind> All = new[] { Workspace, Training, Distributed, Inference };

    /// <summary>Every template of every kind in one list (<c>GET /api/v1/workload-templates</c>); its kinds' routes are literal segments.</summary>
    public static readonly ResourceDescriptor<WorkloadTemplate> Templates = new()
    {
        Route = Route,
        Noun = "workload template",
        Schema = "SupersetTemplate",
        ItemType = AssetsJsonContext.Default.WorkloadTemplate,
        ListType = AssetsJsonContext.Default.ListWorkloadTemplate,
        ListEnvelope = "entries",
        IdFormat = ResourceIdFormat.Uuid,
        LiteralSegments = All.Select(k => k.WorkloadKind.RouteSegment()).Concat(new[] { "count", "name-availability" }).ToArray(),
        ServerOwnedFields = ServerOwned,
        IdOf = t => t.Id,
        NameOf = t => t.Name,
        ScopeOf = t => t.ScopeKey,
        Operations = new() { List = new[] { 200 }, Count = new[] { 200 }, Get = new[] { 200 }, NameAvailability = new[] { 204 } },
        NameAvailabilityParameter = "templateName",
    };

    /// <summary>The family as the shared asset cmdlets take it.</summary>
    public static readonly AssetCatalog<WorkloadTemplate> Catalog = new(AssetFamily.Template, All, Templates, null);

    public static WorkloadTemplateKind? FromWorkloadType(string? workloadType) =>
        All.FirstOrDefault(k => string.Equals(k.Name, workloadType, StringComparison.OrdinalIgnoreCase));

    public static WorkloadTemplateKind Of(WorkloadKind kind) => All.First(k => k.WorkloadKind == kind);

    /// <summary>The templates of one workload kind.</summary>
    public static ResourceClient<WorkloadTemplate> WorkloadTemplates(this RunaiConnection connection, WorkloadKind kind) =>
        connection.Resource(Of(kind).Descriptor);

    /// <summary>
    /// Whether a template could be created with this name in the scope (<c>tenant</c>, <c>cluster</c>, <c>department</c>,
    /// <c>project</c>; the owner's id, none for the tenant): it is taken when a template of any kind has it there.
    /// </summary>
    public static Task<bool> IsTemplateNameAvailableAsync(this RunaiConnection connection, string name, string scopeType, string? scopeId,
        CancellationToken cancellationToken = default)
    {
        var scope = new ResourceQuery().With("scopeType", scopeType);
        if (scopeId is not null) scope.With("scopeId", scopeId);
        return connection.Resource(Templates).IsNameAvailableAsync(name, scope, cancellationToken);
    }

    private static WorkloadTemplateKind Define(WorkloadKind kind, string schema, bool canUpdate) => new(kind, new ResourceDescriptor<WorkloadTemplate>
    {
        Route = Route + "/" + kind.RouteSegment(),
        Noun = kind.Noun() + " template",
        Schema = schema,
        ItemType = AssetsJsonContext.Default.WorkloadTemplate,
        ListType = AssetsJsonContext.Default.ListWorkloadTemplate,
        ListEnvelope = "entries",
        IdFormat = ResourceIdFormat.Uuid,
        ServerOwnedFields = ServerOwned,
        IdOf = t => t.Id,
        NameOf = t => t.Name,
        ScopeOf = t => t.ScopeKey,
        Operations = new()
        {
            List = new[] { 200 }, Get = new[] { 200 }, Create = new[] { 202 }, Update = canUpdate ? new[] { 200 } : null, Delete = new[] { 204 },
        },
    }, canUpdate);
}
