using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Runai.Client.Resources;

/// <summary>
/// A REST collection of the contract, declared once: where it lives, what its items are, how a list page wraps them,
/// the form of its ids, the fields the server owns, and which operations it has. <see cref="ResourceClient{T}"/>
/// serves every collection from its descriptor, so a new resource is a model and a descriptor.
/// </summary>
public sealed class ResourceDescriptor<T> where T : class
{
    /// <summary>The collection's path, relative to the control plane, e.g. <c>api/v1/node-pools</c>.</summary>
    public string Route { get; init; } = "";

    /// <summary>What one item is called in messages ("node pool").</summary>
    public string Noun { get; init; } = "";

    /// <summary>The contract's schema of one item (checked by the contract-drift test).</summary>
    public string Schema { get; init; } = "";

    public JsonTypeInfo<T> ItemType { get; init; } = null!;
    public JsonTypeInfo<List<T>> ListType { get; init; } = null!;

    /// <summary>The property of a list answer that holds the items ("nodepools"); null when the answer is a bare array.</summary>
    public string? ListEnvelope { get; init; }

    /// <summary>Whether the list takes offset/limit (else one request returns everything).</summary>
    public bool Paged { get; init; } = true;

    /// <summary>The filterBy field that holds an item's name (users: <c>username</c>); null when items have no name to filter on.</summary>
    public string? NameField { get; init; } = "name";

    /// <summary>The filterBy operators the contract allows on <see cref="NameField"/> (null: ==, =^, =$ and =@).</summary>
    public IReadOnlyCollection<string>? NameOperators { get; init; }

    /// <summary>Whether the list takes filterBy (else names are matched here).</summary>
    public bool Filterable { get; init; } = true;

    public ResourceIdFormat IdFormat { get; init; }

    /// <summary>Literal route segments beside the id (<c>count</c>, <c>telemetry</c>…): never valid as an id.</summary>
    public IReadOnlyCollection<string> LiteralSegments { get; init; } = Array.Empty<string>();

    /// <summary>Fields of an answer that no create or update request takes (ids, timestamps, status…).</summary>
    public IReadOnlyCollection<string> ServerOwnedFields { get; init; } = Array.Empty<string>();

    /// <summary>Fields a create takes but an update does not (identity, parent).</summary>
    public IReadOnlyCollection<string> FixedFields { get; init; } = Array.Empty<string>();

    public Func<T, string> IdOf { get; init; } = null!;
    public Func<T, string> NameOf { get; init; } = null!;

    /// <summary>The filterBy field that holds the scope in which names are unique (e.g. <c>clusterId</c>), if any.</summary>
    public string? ScopeField { get; init; }

    /// <summary>The item's scope value (for <see cref="ScopeField"/>).</summary>
    public Func<T, string?>? ScopeOf { get; init; }

    /// <summary>
    /// Query parameters every list and count request carries, for lists whose contract requires one (data volumes'
    /// <c>requestType</c>); a query that sets the same parameter itself sends its own value instead.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> FixedQuery { get; init; } = Array.Empty<KeyValuePair<string, string>>();

    public ResourceOperations Operations { get; init; } = new();

    /// <summary>The query parameter the name-availability check takes the name in (data volumes: <c>dataName</c>).</summary>
    public string? NameAvailabilityParameter { get; init; }

    /// <summary>Adds to a request body what the model never exposes (secret values, taken from SecureString at the last moment).</summary>
    public Action<T, JsonObject>? CompleteRequest { get; init; }

    /// <summary>
    /// The item as a request body without the fields the operation does not take. Every other field is kept,
    /// including ones this module does not model, so a read-modify-write loses nothing.
    /// </summary>
    public JsonObject RequestBody(T item, IEnumerable<string> leaveOut)
    {
        var body = JsonSerializer.SerializeToNode(item, ItemType) as JsonObject ?? new JsonObject();
        foreach (var field in leaveOut) body.Remove(field);
        CompleteRequest?.Invoke(item, body);
        return body;
    }

    public override string ToString() => Route;
}
