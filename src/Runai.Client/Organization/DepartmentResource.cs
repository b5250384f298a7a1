using Runai.Client.Resources;

namespace Runai.Client.Organization;

/// <summary>Departments (<c>/api/v1/org-unit/departments</c>); names are unique per cluster.</summary>
public static class DepartmentResource
{
    public static readonly ResourceDescriptor<Department> Descriptor = new()
    {
        Route = "api/v1/org-unit/departments",
        Noun = "department",
        Schema = "Department",
        ItemType = OrganizationJsonContext.Default.Department,
        ListType = OrganizationJsonContext.Default.ListDepartment,
        ListEnvelope = "departments",
        IdFormat = ResourceIdFormat.Integer,
        LiteralSegments = new[] { "count", "telemetry" },
        ServerOwnedFields = new[]
        {
            "id", "createdAt", "updatedAt", "createdBy", "updatedBy", "status", "totalResources", "effective", "overtimeData", "children",
            "projectsAggregatedResources",
        },
        FixedFields = new[] { "name", "clusterId" },
        IdOf = d => d.Id,
        NameOf = d => d.Name,
        ScopeField = "clusterId",
        ScopeOf = d => d.ClusterId,
        Operations = new()
        {
            List = new[] { 200 }, Count = new[] { 200 }, Get = new[] { 200 }, Create = new[] { 201 }, Update = new[] { 200 }, Delete = new[] { 204 },
        },
    };

    public static ResourceClient<Department> Departments(this RunaiConnection connection) => connection.Resource(Descriptor);
}
