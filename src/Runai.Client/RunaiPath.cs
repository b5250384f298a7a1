using System;
using System.Linq;

namespace Runai.Client;

/// <summary>
/// Builds request paths with every variable segment URL-encoded, so a name such as <c>../admin</c> can never change the
/// path. Templates use <c>{0}</c>, <c>{1}</c>… and are relative to the control plane (no leading slash).
/// </summary>
public static class RunaiPath
{
    public static string Format(string template, params string[] segments)
    {
        var encoded = segments.Select(Encode).ToArray<object>();
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, template.TrimStart('/'), encoded);
    }

    /// <summary>Encodes one path segment; empty, "." and ".." are refused because no id can be one.</summary>
    public static string Encode(string segment)
    {
        if (segment is null) throw new ArgumentNullException(nameof(segment));
        if (segment.Trim().Length == 0 || segment == "." || segment == "..")
            throw new ArgumentException($"'{segment}' is not a valid identifier for a request path.", nameof(segment));
        return Uri.EscapeDataString(segment);
    }
}
