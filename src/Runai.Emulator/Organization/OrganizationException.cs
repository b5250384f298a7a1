namespace Runai.Emulator.Organization;

/// <summary>A request the organization stores refuse; the endpoint answers it in the contract's Error shape.</summary>
public sealed class OrganizationException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static OrganizationException BadRequest(string message) => new(400, message);
    public static OrganizationException NotFound(string message) => new(404, message);
    public static OrganizationException Conflict(string message) => new(409, message);
}
