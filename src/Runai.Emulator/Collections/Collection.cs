using System.Text.Json.Nodes;

namespace Runai.Emulator.Collections;

/// <summary>
/// One REST collection as the contract documents it, for <see cref="CollectionRoutes.Map{TRecord}"/>: where it lives,
/// how its list reads, how a record renders, and the rules of each write. A write whose hook is null has no route.
/// </summary>
public sealed class Collection<TRecord> where TRecord : class, ICollectionRecord
{
    /// <summary>The path under <c>/api/v1</c>, e.g. <c>/node-pools</c>.</summary>
    public required string Route { get; init; }

    /// <summary>The contract's name of the id path parameter, e.g. <c>nodepoolId</c>.</summary>
    public required string IdParameter { get; init; }

    /// <summary>The list's page envelope, e.g. <c>nodepools</c>; null where the contract answers a bare array (users, roles).</summary>
    public required string? Envelope { get; init; }

    /// <summary>Whether the page envelope carries <c>totalRecords</c> and <c>displayRecords</c> (access rules).</summary>
    public bool PagesHaveTotals { get; init; }

    /// <summary>Whether <c>GET {Route}/count</c> exists.</summary>
    public bool HasCount { get; init; } = true;

    /// <summary>Whether the contract's page envelope carries <c>next</c>, the offset of the next page.</summary>
    public bool PagesHaveNext { get; init; }

    public required CollectionStore<TRecord> Store { get; init; }

    /// <summary>The list's and count's filterBy/sortBy fields (the contract's enum), read from a record.</summary>
    public required IReadOnlyDictionary<string, Func<TRecord, object?>> Fields { get; init; }

    /// <summary>A record in the contract's response schema.</summary>
    public required Func<TRecord, JsonObject> Render { get; init; }

    /// <summary>Checks the list's own query parameters, beyond those <see cref="ListQuery{T}"/> reads.</summary>
    public Action<IQueryCollection>? CheckListParameters { get; init; }

    /// <summary>Whether the list takes offset/limit and filterBy (<see cref="ListQuery{T}"/>); else it answers every record it keeps.</summary>
    public bool Paged { get; init; } = true;

    /// <summary>Which records the list's and count's own query parameters keep (before filterBy and paging); null: all.</summary>
    public Func<IQueryCollection, TRecord, bool>? ListFilter { get; init; }

    /// <summary>
    /// <c>GET {Route}/name-availability</c>: the name and the scope (as records keep it) a request asks about; the answer
    /// is 204 when no record has that name in that scope, else 409. Null: the collection has no such route.
    /// </summary>
    public Func<IQueryCollection, (string Name, string Scope)>? NameAvailability { get; init; }

    /// <summary>The statuses the contract documents for create, PUT/PATCH and delete.</summary>
    public int CreateStatus { get; init; } = StatusCodes.Status201Created;
    public int UpdateStatus { get; init; } = StatusCodes.Status200OK;
    public int DeleteStatus { get; init; } = StatusCodes.Status204NoContent;

    /// <summary>Whether <c>GET {Route}/{id}</c> exists.</summary>
    public bool GetById { get; init; } = true;

    /// <summary>POST (answers <see cref="CreateStatus"/>): builds the record with the given id from the body; the store checks the name is unique.</summary>
    public Func<JsonObject, string, TRecord>? Create { get; init; }

    /// <summary>The create answer, where the contract gives it another schema than <see cref="Render"/> (a one-time secret).</summary>
    public Func<TRecord, JsonObject>? RenderCreated { get; init; }

    /// <summary>PUT (answers 200): the body replaces the record's settable fields.</summary>
    public Action<TRecord, JsonObject>? Replace { get; init; }

    /// <summary>PATCH (answers 200): only the fields the body has change.</summary>
    public Action<TRecord, JsonObject>? Patch { get; init; }

    /// <summary>DELETE (answers 204): throws an <c>ApiProblem</c> when the record may not go.</summary>
    public Action<TRecord>? Delete { get; init; }

    public string ItemRoute => $"{Route}/{{{IdParameter}}}";

    /// <summary>The record id of a request to <see cref="ItemRoute"/> or below it.</summary>
    public string IdOf(HttpRequest request) => (string)request.RouteValues[IdParameter]!;
}
