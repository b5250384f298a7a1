using System.Collections.Generic;

namespace Runai.Client.Resources;

/// <summary>
/// The operations a collection has in the contract, each with the success statuses the contract documents for it
/// (null: the collection has no such operation).
/// </summary>
public sealed class ResourceOperations
{
    public IReadOnlyList<int>? List { get; init; }
    public IReadOnlyList<int>? Count { get; init; }
    public IReadOnlyList<int>? Get { get; init; }
    public IReadOnlyList<int>? Create { get; init; }
    public IReadOnlyList<int>? Update { get; init; }
    public IReadOnlyList<int>? Patch { get; init; }
    public IReadOnlyList<int>? Delete { get; init; }

    /// <summary><c>GET {route}/name-availability</c>: a success status when the name is free, 409 when it is taken.</summary>
    public IReadOnlyList<int>? NameAvailability { get; init; }
}
