using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Runai.Client;

/// <summary>Query parameters in the contract's style: arrays (like filterBy, explode false) are comma-joined.</summary>
public sealed class QueryString
{
    private readonly List<KeyValuePair<string, string>> pairs = new();

    public int Count => pairs.Count;

    public QueryString Add(string name, string? value)
    {
        if (value is not null) pairs.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    public QueryString Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryString Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public QueryString Add(string name, DateTimeOffset? value) =>
        Add(name, value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    /// <summary>Adds a comma-joined array parameter, or nothing when the list is empty.</summary>
    public QueryString Add(string name, IEnumerable<string>? values)
    {
        var list = values?.Where(v => !string.IsNullOrEmpty(v)).ToList();
        return list is { Count: > 0 } ? Add(name, string.Join(",", list)) : this;
    }

    public QueryString With(string name, int value)
    {
        var copy = new QueryString();
        copy.pairs.AddRange(pairs.Where(p => p.Key != name));
        return copy.Add(name, value);
    }

    /// <summary>Appends the query to <paramref name="path"/>.</summary>
    public string AppendTo(string path)
    {
        if (pairs.Count == 0) return path;
        var builder = new StringBuilder(path).Append(path.Contains("?") ? '&' : '?');
        builder.Append(string.Join("&", pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))));
        return builder.ToString();
    }
}
