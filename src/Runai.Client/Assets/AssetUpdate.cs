using System.Linq;
using System.Text.Json.Nodes;

namespace Runai.Client.Assets;

/// <summary>
/// The PUT body of an asset kind: <c>meta</c> with the name and description (credentials: the description only) and
/// the spec fields the kind's update takes, the current values kept where nothing new is given. Workload templates'
/// PUT has the same shape (name, description, the whole spec).
/// </summary>
public static class AssetUpdate
{
    /// <summary>Refuses, before anything is sent, what the kind's update does not take.</summary>
    public static void Check(IAssetKind kind, string? newName, JsonObject? specChanges)
    {
        if (!kind.CanUpdate)
            throw new RunaiInvalidValueException(InvalidValueKind.Value, kind.Name, $"The contract has no update of a {kind.Noun}: remove it and create it anew.");
        if (newName is not null && !kind.UpdateTakesName)
            throw new RunaiInvalidValueException(InvalidValueKind.Value, newName, $"A {kind.Noun} cannot be renamed; only its description can change.");
        if (newName is not null) ResourceNames.Check(newName, kind.Noun);
        if (specChanges is null || specChanges.Count == 0) return;
        var refused = specChanges.Select(p => p.Key)
            .Where(field => !kind.UpdateTakesSpec || (kind.UpdatableSpecFields is { } allowed && !allowed.Contains(field))).ToList();
        if (refused.Count > 0)
        {
            var allowedText = !kind.UpdateTakesSpec || kind.UpdatableSpecFields is { Count: 0 } ? "none" : string.Join(", ", kind.UpdatableSpecFields!);
            throw new RunaiInvalidValueException(InvalidValueKind.Value, refused[0],
                $"The update of a {kind.Noun} does not take {string.Join(", ", refused)} (it takes: {allowedText}).");
        }
    }

    /// <summary>The body for <paramref name="current"/> (read from the kind's own route, so its spec is whole) with the changes applied.</summary>
    public static JsonObject Body(IAssetKind kind, IAsset current, string? newName, string? description, JsonObject? specChanges)
    {
        Check(kind, newName, specChanges);
        if (!kind.UpdateTakesName) return new JsonObject { ["meta"] = new JsonObject { ["description"] = description ?? current.Description } };
        var meta = new JsonObject { ["name"] = newName ?? current.Name };
        if ((description ?? current.Description) is { } text) meta["description"] = text;
        var spec = new JsonObject();
        var currentSpec = current.GetSpecJson() ?? new JsonObject();
        foreach (var field in currentSpec.Select(p => p.Key).ToList())
        {
            if (kind.UpdatableSpecFields is null || kind.UpdatableSpecFields.Contains(field)) spec[field] = currentSpec[field]?.DeepClone();
        }
        foreach (var change in specChanges ?? new JsonObject()) spec[change.Key] = change.Value?.DeepClone();
        return new JsonObject { ["meta"] = meta, ["spec"] = spec };
    }
}
