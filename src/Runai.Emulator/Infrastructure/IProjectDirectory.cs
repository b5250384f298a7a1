namespace Runai.Emulator.Infrastructure;

/// <summary>
/// What other areas may ask of the organization store: workloads need their project to exist and to know its cluster.
/// Implemented by the organization area; when no implementation is registered, callers accept any project id.
/// </summary>
public interface IProjectDirectory
{
    ProjectReference? FindProject(string projectId);
}

public sealed record ProjectReference(string Id, string Name, string ClusterId, string DepartmentId);
