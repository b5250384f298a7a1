namespace Runai.Client.Resources;

/// <summary>The form the contract gives a resource's id in its path, checked before a request is sent.</summary>
public enum ResourceIdFormat
{
    /// <summary>Any non-empty path segment (still never a literal route segment, '/', '?', '#' or '..').</summary>
    Opaque,

    /// <summary>Digits only: the org units' ids.</summary>
    Integer,

    /// <summary>A UUID, where the contract says <c>format: uuid</c>.</summary>
    Uuid,
}
