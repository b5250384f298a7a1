using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Runai.Client.Resources;

namespace Runai.Client.Assets;

/// <summary>
/// The one factory of asset descriptors: every asset collection lists under <c>entries</c> without paging or filterBy,
/// has UUID ids, answers a create and an update with 202 (registries: 201 and 200), and keeps names unique per kind and scope.
/// </summary>
public static class AssetResource
{
    private static readonly string[] ServerOwned = { "usedBy", "usageTimes", "compliance", "status", "clusterInfo" };

    /// <summary>A kind's descriptor: <paramref name="route"/> relative to the control plane, <paramref name="schema"/> the contract's item.</summary>
    internal static ResourceDescriptor<Asset> Kind(string route, string noun, string schema, int deleteStatus, int createStatus = 202, int updateStatus = 202) =>
        Describe(route, noun, schema, new()
        {
            List = new[] { 200 }, Get = new[] { 200 }, Create = new[] { createStatus }, Update = new[] { updateStatus }, Delete = new[] { deleteStatus },
        }, serverOwned: ServerOwned, completeRequest: (asset, body) => asset.WriteSecretsTo(body));

    /// <summary>
    /// A family's list of every kind at once (<c>/api/v1/asset/datasource</c>); it has no other operation. Its kinds'
    /// routes (<c>pvc</c>, <c>host-path</c>…) are its literal segments: never an id.
    /// </summary>
    internal static ResourceDescriptor<Asset> FamilyList(string route, string noun, string schema, IReadOnlyCollection<string> kindSegments) =>
        Describe(route, noun, schema, new() { List = new[] { 200 } }, literalSegments: kindSegments);

    // What every asset list shares: one unpaged, unfiltered "entries" list of Assets with UUID ids and a scope key.
    private static ResourceDescriptor<Asset> Describe(string route, string noun, string schema, ResourceOperations operations,
        IReadOnlyCollection<string>? literalSegments = null, IReadOnlyCollection<string>? serverOwned = null,
        Action<Asset, JsonObject>? completeRequest = null) => new()
    {
        Route = route,
        Noun = noun,
        Schema = schema,
        ItemType = AssetsJsonContext.Default.Asset,
        ListType = AssetsJsonContext.Default.ListAsset,
        ListEnvelope = "entries",
        Paged = false,
        Filterable = false,
        IdFormat = ResourceIdFormat.Uuid,
        LiteralSegments = literalSegments ?? Array.Empty<string>(),
        ServerOwnedFields = serverOwned ?? Array.Empty<string>(),
        IdOf = a => a.Id,
        NameOf = a => a.Name,
        ScopeOf = a => a.ScopeKey,
        CompleteRequest = completeRequest,
        Operations = operations,
    };

    /// <summary>The scope key names are unique in, as <see cref="ResourceClient{T}.FindByNameAsync"/> takes it.</summary>
    public static string ScopeKey(string scope, string? scopeId) => scope + ":" + scopeId;

    public static ResourceClient<Asset> Assets(this RunaiConnection connection, AssetKind kind) =>
        connection.Resource((kind ?? throw new ArgumentNullException(nameof(kind))).Descriptor);

    /// <summary>Every asset of the family in one request (compute and environment have one kind each: their own list).</summary>
    public static ResourceClient<Asset> Assets(this RunaiConnection connection, AssetFamily family) => connection.Resource(AssetKinds.ListOf(family));

    /// <summary>The kinds the family has.</summary>
    public static IReadOnlyList<AssetKind> KindsOf(AssetFamily family) => AssetKinds.Of(family);
}
