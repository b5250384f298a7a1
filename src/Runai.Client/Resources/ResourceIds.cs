using System;
using System.Linq;

namespace Runai.Client.Resources;

/// <summary>
/// Checks an id before it becomes a path segment: it must have the form the contract documents, and can never be a
/// literal route segment of the collection (so an id <c>count</c> cannot reach <c>GET …/count</c>) nor hold a
/// character that changes the path.
/// </summary>
public static class ResourceIds
{
    private static readonly char[] PathCharacters = { '/', '\\', '?', '#', '%' };

    /// <summary>Why <paramref name="id"/> is not an id of the collection, or null when it is.</summary>
    public static string? Problem<T>(ResourceDescriptor<T> resource, string? id) where T : class
    {
        if (string.IsNullOrWhiteSpace(id)) return $"The {resource.Noun} id is empty.";
        if (id!.IndexOfAny(PathCharacters) >= 0 || id.Contains("..") || id == "." || id.Any(char.IsControl) || id.Trim() != id)
            return $"'{id}' is not a {resource.Noun} id: an id cannot contain '/', '\\', '?', '#', '%', '..', spaces at its ends or control characters, nor be '.'.";
        if (resource.LiteralSegments.Contains(id, StringComparer.OrdinalIgnoreCase))
            return $"'{id}' is not a {resource.Noun} id: it names another operation of the API.";
        return resource.IdFormat switch
        {
            ResourceIdFormat.Uuid when !Guid.TryParseExact(id, "D", out _) =>
                $"'{id}' is not a {resource.Noun} id: {resource.Noun} ids are UUIDs such as 3fa85f64-5717-4562-b3fc-2c963f66afa6.",
            ResourceIdFormat.Integer when id.Length > 18 || !id.All(c => c >= '0' && c <= '9') =>
                $"'{id}' is not a {resource.Noun} id: {resource.Noun} ids are whole numbers such as 7.",
            _ => null,
        };
    }

    public static bool IsValid<T>(ResourceDescriptor<T> resource, string? id) where T : class => Problem(resource, id) is null;

    /// <summary>The id, or a <see cref="RunaiInvalidValueException"/> saying why it cannot be one.</summary>
    public static string Check<T>(ResourceDescriptor<T> resource, string? id) where T : class =>
        Problem(resource, id) is { } problem ? throw new RunaiInvalidValueException(InvalidValueKind.Id, id, problem) : id!;
}
