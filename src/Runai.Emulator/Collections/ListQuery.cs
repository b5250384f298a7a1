using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Collections;

/// <summary>
/// The contract's list parameters, for every list the emulator serves: <c>filterBy</c> (field operator value; operators
/// ==, !=, &lt;=, &gt;=, =@, !@, =^, =$; comma-separated because the contract declares <c>explode: false</c>),
/// <c>sortBy</c>, <c>sortOrder</c>, <c>offset</c>, <c>limit</c> (default 50, 1..500) and free-text <c>search</c> on the
/// <c>name</c> field. Each list brings its field table: how a filter or sort field is read from one item.
/// </summary>
public sealed class ListQuery<T>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    private readonly IReadOnlyDictionary<string, Func<T, object?>> _fields;
    private readonly List<(Func<T, object?> Field, string Operator, string Value)> _filters = [];
    private Func<T, object?>? _sortBy;
    private bool _descending;
    private string? _search;

    public int Offset { get; private set; }
    public int Limit { get; private set; } = DefaultLimit;

    private ListQuery(IReadOnlyDictionary<string, Func<T, object?>> fields) => _fields = fields;

    /// <summary>Parses the query string; unknown fields, operators or out-of-range paging answer 400.</summary>
    /// <param name="newestFirst">The list's default order is descending (the contract's <c>sortOrder</c> default).</param>
    public static ListQuery<T> Parse(HttpRequest request, IReadOnlyDictionary<string, Func<T, object?>> fields, bool newestFirst = false)
    {
        var query = new ListQuery<T>(fields) { _descending = newestFirst };
        foreach (var raw in request.Query["filterBy"])
        {
            foreach (var expression in query.SplitFilters(raw ?? ""))
                query.AddFilter(expression);
        }
        if (request.Query.TryGetValue("sortBy", out var sortBy))
        {
            query._sortBy = fields.TryGetValue(sortBy.ToString(), out var f) ? f
                : throw ApiProblem.BadRequest($"sortBy: unknown field '{sortBy}'. Allowed: {string.Join(", ", fields.Keys)}.");
        }
        if (request.Query.TryGetValue("sortOrder", out var sortOrder))
        {
            query._descending = sortOrder.ToString() switch
            {
                "asc" => false,
                "desc" => true,
                _ => throw ApiProblem.BadRequest($"sortOrder must be 'asc' or 'desc', not '{sortOrder}'."),
            };
        }
        query.Offset = ReadInt(request, "offset", 0, 0, int.MaxValue);
        query.Limit = ReadInt(request, "limit", DefaultLimit, 1, MaxLimit);
        if (request.Query.TryGetValue("search", out var search) && !string.IsNullOrEmpty(search))
            query._search = search.ToString();
        return query;
    }

    /// <summary>Filtered (and searched) items, sorted (without sortBy: in stored order, reversed for desc); paging is applied by <see cref="Page"/>.</summary>
    public List<T> Apply(IEnumerable<T> items)
    {
        var result = items.Where(item => _filters.All(f => Matches(f.Field(item), f.Operator, f.Value)));
        if (_search is { } search && _fields.TryGetValue("name", out var name))
            result = result.Where(item => Format(name(item)).Contains(search, StringComparison.OrdinalIgnoreCase));
        if (_sortBy is { } sortBy)
        {
            var comparer = Comparer<object?>.Create(CompareValues);
            result = _descending ? result.OrderByDescending(sortBy, comparer) : result.OrderBy(sortBy, comparer);
        }
        else if (_descending)
        {
            result = result.Reverse();
        }
        return result.ToList();
    }

    public List<T> Page(List<T> matching) => matching.Skip(Offset).Take(Limit).ToList();

    /// <summary>The contract's page envelope: <c>{ "&lt;envelope&gt;": [...] }</c>, plus <c>next</c> (the next page's offset)
    /// for lists whose envelope has it, when this page is not the last.</summary>
    public JsonObject PageBody(List<T> matching, string envelope, Func<T, JsonNode> render, bool withNext)
    {
        var body = new JsonObject { [envelope] = new JsonArray(Page(matching).Select(render).ToArray()) };
        if (withNext && Offset + Limit < matching.Count) body["next"] = Offset + Limit;
        return body;
    }

    /// <summary>The contract's count answer, <c>{ "count": n }</c>.</summary>
    public static JsonObject CountBody(int count) => new() { ["count"] = count };

    private void AddFilter(string expression)
    {
        var match = ListQuerySyntax.FilterExpression().Match(expression);
        if (!match.Success || !_fields.TryGetValue(match.Groups["field"].Value, out var field))
        {
            throw ApiProblem.BadRequest(
                $"filterBy: '{expression}' is not 'field operator value' with a field among {string.Join(", ", _fields.Keys)} and an operator among ==, !=, <=, >=, =@, !@, =^, =$.");
        }
        _filters.Add((field, match.Groups["op"].Value, match.Groups["value"].Value));
    }

    // Values may themselves contain commas only when a comma is not followed by another "field op".
    private IEnumerable<string> SplitFilters(string raw)
    {
        var parts = raw.Split(',');
        var current = parts[0];
        for (var i = 1; i < parts.Length; i++)
        {
            if (ListQuerySyntax.FilterExpression().Match(parts[i]) is { Success: true } m && _fields.ContainsKey(m.Groups["field"].Value))
            {
                yield return current;
                current = parts[i];
            }
            else
            {
                current += "," + parts[i];
            }
        }
        if (current.Length > 0) yield return current;
    }

    // A field the item does not have matches only the negative operators.
    private static bool Matches(object? actual, string op, string expected)
    {
        if (actual is null) return op is "!=" or "!@";
        var text = Format(actual);
        return op switch
        {
            "==" => CompareToText(actual, expected) == 0,
            "!=" => CompareToText(actual, expected) != 0,
            "<=" => CompareToText(actual, expected) <= 0,
            ">=" => CompareToText(actual, expected) >= 0,
            "=@" => text.Contains(expected, StringComparison.OrdinalIgnoreCase),
            "!@" => !text.Contains(expected, StringComparison.OrdinalIgnoreCase),
            "=^" => text.StartsWith(expected, StringComparison.OrdinalIgnoreCase),
            "=$" => text.EndsWith(expected, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    // Numbers as numbers, timestamps as instants, everything else ordinal (names are case-sensitive in Kubernetes).
    private static int CompareToText(object? actual, string expected) => actual switch
    {
        double d when double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e) => d.CompareTo(e),
        DateTimeOffset t when DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var e) => t.CompareTo(e),
        _ => string.CompareOrdinal(Format(actual), expected),
    };

    private static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (double x, double y) => x.CompareTo(y),
        (DateTimeOffset x, DateTimeOffset y) => x.CompareTo(y),
        _ => string.CompareOrdinal(Format(a), Format(b)),
    };

    private static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTimeOffset t => JsonBody.Timestamp(t),
        _ => value.ToString() ?? "",
    };

    private static int ReadInt(HttpRequest request, string name, int fallback, int min, int max)
    {
        if (!request.Query.TryGetValue(name, out var raw)) return fallback;
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw ApiProblem.BadRequest($"{name} must be an integer between {min} and {max}, not '{raw}'.");
        return value;
    }
}

internal static partial class ListQuerySyntax
{
    [GeneratedRegex(@"^(?<field>[A-Za-z0-9]+)(?<op>==|!=|<=|>=|=@|!@|=\^|=\$)(?<value>.+)$")]
    internal static partial Regex FilterExpression();
}
