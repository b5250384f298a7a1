namespace Runai.Client.Organization;

/// <summary>Projects (<c>/api/v1/org-unit/projects</c>).</summary>
public sealed class ProjectsClient : OrgUnitsClient<Project, ProjectList>
{
    public ProjectsClient(RunaiConnection connection)
        : base(connection, "api/v1/org-unit/projects", "project", OrganizationJsonContext.Default.Project,
            OrganizationJsonContext.Default.ProjectList, list => list.Projects,
            // Fields of a Project answer that ProjectCreationRequest does not take…
            new[] { "id", "createdAt", "updatedAt", "createdBy", "updatedBy", "status", "totalResources", "effective", "overtimeData", "parent" },
            // …and that ProjectUpdateRequest does not take (identity and parent are fixed).
            new[]
            {
                "id", "name", "clusterId", "parentId", "requestedNamespace", "createdAt", "updatedAt", "createdBy", "updatedBy", "status",
                "totalResources", "effective", "overtimeData", "parent",
            })
    {
    }
}
