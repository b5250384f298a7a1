using System;
using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Runai.PowerShell;

/// <summary>
/// Converts between PowerShell values (hashtables, PSCustomObjects, arrays, primitives) and JSON, for -Body and -Spec
/// parameters and for untyped answers, without going through ConvertTo-Json (whose -Debug output would show bodies).
/// </summary>
public static class PSObjectJson
{
    /// <summary>JSON text, a hashtable, or any object, as a JSON node. Text is parsed, so bad JSON fails before sending.</summary>
    public static JsonNode? ToNode(object? value, int depth = 0)
    {
        if (depth > 64) throw new ArgumentException("The value is nested more than 64 levels deep.");
        if (value is PSObject ps && ps.BaseObject is not PSCustomObject) value = ps.BaseObject;
        switch (value)
        {
            case null: return null;
            case JsonNode node: return node.DeepClone();
            case JsonElement element: return JsonNode.Parse(element.GetRawText());
            case string s: return JsonValue.Create(s);
            case char c: return JsonValue.Create(c.ToString());
            case bool b: return JsonValue.Create(b);
            case SwitchParameter sw: return JsonValue.Create(sw.IsPresent);
            case int or long or short or byte or sbyte or uint or ushort or ulong:
                return JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture));
            case float or double or decimal:
                return JsonValue.Create(Convert.ToDouble(value, CultureInfo.InvariantCulture));
            case DateTime dt: return JsonValue.Create(dt.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
            case DateTimeOffset dto: return JsonValue.Create(dto.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
            case Enum e: return JsonValue.Create(e.ToString());
            case Guid g: return JsonValue.Create(g.ToString());
            case Uri u: return JsonValue.Create(u.ToString());
            case IDictionary dictionary:
            {
                var obj = new JsonObject();
                foreach (DictionaryEntry entry in dictionary)
                    obj[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = ToNode(entry.Value, depth + 1);
                return obj;
            }
            case IEnumerable enumerable:
            {
                var array = new JsonArray();
                foreach (var item in enumerable) array.Add(ToNode(item, depth + 1));
                return array;
            }
            case PSObject custom:
            {
                var obj = new JsonObject();
                foreach (var property in custom.Properties)
                    if (property.IsGettable) obj[property.Name] = ToNode(property.Value, depth + 1);
                return obj;
            }
            default:
            {
                var obj = new JsonObject();
                foreach (var property in PSObject.AsPSObject(value).Properties)
                    if (property.IsGettable && property.MemberType == PSMemberTypes.Property) obj[property.Name] = ToNode(property.Value, depth + 1);
                return obj;
            }
        }
    }

    /// <summary>Parses a string as JSON; any other value is converted as an object.</summary>
    public static JsonNode? FromBodyParameter(object? body)
    {
        if (body is PSObject { BaseObject: string } ps) body = ps.BaseObject;
        if (body is string text)
        {
            try { return JsonNode.Parse(text); }
            catch (JsonException e) { throw new ArgumentException($"The body is not valid JSON: {e.Message}", e); }
        }
        return ToNode(body);
    }

    /// <summary>JSON as PowerShell values: objects become PSCustomObjects, arrays object[].</summary>
    public static object? ToPSObject(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var result = new PSObject();
                var properties = result.Properties;
                // Pre-validated: a new PSCustomObject has no type-table members to collide with, and a repeated JSON name
                // replaces the earlier note property as the checked Add does; the check cost a fifth of the conversion.
                foreach (var property in element.EnumerateObject())
                    properties.Add(new PSNoteProperty(property.Name, ToPSObject(property.Value)), preValidated: true);
                return result;
            }
            case JsonValueKind.Array:
            {
                var list = new ArrayList();
                foreach (var item in element.EnumerateArray()) list.Add(ToPSObject(item));
                return list.ToArray();
            }
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i)) return i;
                if (element.TryGetInt64(out var l)) return l;
                return element.GetDouble();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            default: return null;
        }
    }

    /// <summary>Merges <paramref name="overlay"/> into <paramref name="target"/> (objects recursively; other values replace).</summary>
    public static void Merge(JsonObject target, JsonObject overlay)
    {
        foreach (var property in overlay)
        {
            if (property.Value is JsonObject overlayChild && target[property.Key] is JsonObject targetChild)
                Merge(targetChild, overlayChild);
            else
                target[property.Key] = property.Value?.DeepClone();
        }
    }
}
