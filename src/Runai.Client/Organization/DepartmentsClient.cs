namespace Runai.Client.Organization;

/// <summary>Departments (<c>/api/v1/org-unit/departments</c>).</summary>
public sealed class DepartmentsClient : OrgUnitsClient<Department, DepartmentList>
{
    public DepartmentsClient(RunaiConnection connection)
        : base(connection, "api/v1/org-unit/departments", "department", OrganizationJsonContext.Default.Department,
            OrganizationJsonContext.Default.DepartmentList, list => list.Departments,
            // Fields of a Department answer that DepartmentCreationRequest does not take…
            new[] { "id", "createdAt", "updatedAt", "createdBy", "updatedBy", "status", "totalResources", "effective", "overtimeData", "children", "projectsAggregatedResources" },
            // …and that DepartmentUpdateRequest does not take (identity is fixed).
            new[]
            {
                "id", "name", "clusterId", "createdAt", "updatedAt", "createdBy", "updatedBy", "status",
                "totalResources", "effective", "overtimeData", "children", "projectsAggregatedResources",
            })
    {
    }
}
