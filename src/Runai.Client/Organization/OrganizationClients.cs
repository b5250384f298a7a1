namespace Runai.Client.Organization;

/// <summary>The organization clients of a connection (cheap to create; they hold only the connection).</summary>
public static class OrganizationClients
{
    public static ProjectsClient Projects(this RunaiConnection connection) => new(connection);
    public static DepartmentsClient Departments(this RunaiConnection connection) => new(connection);
    public static NodePoolsClient NodePools(this RunaiConnection connection) => new(connection);
    public static NodesClient Nodes(this RunaiConnection connection) => new(connection);
}
