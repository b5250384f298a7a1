using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Resources;

/// <summary>
/// Reads the items of one list answer from the response stream as it arrives, so no copy of the page's bytes is kept:
/// a bare array, or the array in the page's envelope property (the other properties, such as <c>next</c>, are
/// skipped); a dotted envelope (<c>accessRules.accessRules</c>) names an array inside nested objects.
/// </summary>
internal static class PageReader
{
    public static async ValueTask<List<T>?> ReadAsync<T>(Stream json, string? envelope, JsonTypeInfo<List<T>> listType, CancellationToken cancellationToken)
    {
        if (envelope is null) return await JsonSerializer.DeserializeAsync(json, listType, cancellationToken).ConfigureAwait(false);
        var page = await JsonSerializer.DeserializeAsync(json, Envelopes<T>.For(envelope, listType), cancellationToken).ConfigureAwait(false)
                   ?? throw new JsonException("A list page must be a JSON object.");
        if (!page.Found) throw new JsonException($"The list page has no '{envelope}' property.");
        if (page.Nested is not { } nested) return page.Items ?? new List<T>();
        // A dotted envelope: the first level was read whole (it is small: one batch of an access-rule answer).
        var path = envelope.Split('.');
        for (var depth = 1; depth < path.Length; depth++)
        {
            if (nested.ValueKind != JsonValueKind.Object) throw new JsonException("A list page must be a JSON object.");
            if (!nested.TryGetProperty(path[depth], out nested)) throw new JsonException($"The list page has no '{envelope}' property.");
        }
        return nested.ValueKind == JsonValueKind.Null ? new List<T>() : nested.Deserialize(listType);
    }

    /// <summary>One page's envelope: the list under its property, or (dotted envelope) the object that holds it.</summary>
    private sealed class Envelope<T>
    {
        public List<T>? Items { get; set; }
        public JsonElement? Nested { get; set; }
        public bool Found { get; set; }
    }

    /// <summary>The envelope's contract, built once per envelope name and list type from the list type's own options.</summary>
    private static class Envelopes<T>
    {
        private static readonly ConcurrentDictionary<(string, JsonTypeInfo), JsonTypeInfo<Envelope<T>>> Built = new();

        public static JsonTypeInfo<Envelope<T>> For(string envelope, JsonTypeInfo<List<T>> listType) =>
            Built.GetOrAdd((envelope, listType), key => Create(key.Item1, (JsonTypeInfo<List<T>>)key.Item2));

        private static JsonTypeInfo<Envelope<T>> Create(string envelope, JsonTypeInfo<List<T>> listType)
        {
            var info = JsonTypeInfo.CreateJsonTypeInfo<Envelope<T>>(listType.Options);
            info.CreateObject = () => new Envelope<T>();
            var dot = envelope.IndexOf('.');
            var property = dot < 0
                ? info.CreateJsonPropertyInfo(typeof(List<T>), envelope)
                : info.CreateJsonPropertyInfo(typeof(JsonElement), envelope.Substring(0, dot));
            property.Get = page => dot < 0 ? ((Envelope<T>)page).Items : ((Envelope<T>)page).Nested;
            property.Set = (page, value) =>
            {
                var typed = (Envelope<T>)page;
                typed.Found = true;
                if (dot < 0) typed.Items = (List<T>?)value;
                else typed.Nested = value is JsonElement { ValueKind: not JsonValueKind.Null } element ? element : null;
            };
            info.Properties.Add(property);
            return info;
        }
    }
}
