using Runai.Client.Resources;

namespace Runai.Client.Organization;

/// <summary>Projects (<c>/api/v1/org-unit/projects</c>); names are unique per cluster.</summary>
public static class ProjectResource
{
    public static readonly ResourceDescriptor<Project> Descriptor = new()
    {
        Route = "api/v1/org-unit/projects",
        Noun = "project",
        Schema = "Project",
        ItemType = OrganizationJsonContext.Default.Project,
        ListType = OrganizationJsonContext.Default.ListProject,
        ListEnvelope = "projects",
        IdFormat = ResourceIdFormat.Integer,
        LiteralSegments = new[] { "count", "telemetry" },
        ServerOwnedFields = new[]
        {
            "id", "createdAt", "updatedAt", "createdBy", "updatedBy", "status", "totalResources", "effective", "overtimeData", "parent",
        },
        FixedFields = new[] { "name", "clusterId", "parentId", "requestedNamespace" },
        IdOf = p => p.Id,
        NameOf = p => p.Name,
        ScopeField = "clusterId",
        ScopeOf = p => p.ClusterId,
        Operations = new()
        {
            List = new[] { 200 }, Count = new[] { 200 }, Get = new[] { 200 }, Create = new[] { 201 }, Update = new[] { 200 },
            Delete = new[] { 202, 204 },
        },
    };

    public static ResourceClient<Project> Projects(this RunaiConnection connection) => connection.Resource(Descriptor);
}
