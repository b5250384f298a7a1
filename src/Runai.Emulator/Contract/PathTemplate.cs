namespace Runai.Emulator.Contract;

/// <summary>A contract path such as <c>/api/v1/clusters/{clusterUuid}</c>, matched segment by segment.</summary>
internal sealed class PathTemplate : IComparable<PathTemplate>
{
    // One entry per segment: the literal text, or null for a {parameter} segment.
    private readonly string?[] _literals;
    private readonly string[] _parameterNames;

    public PathTemplate(string template)
    {
        Template = template;
        var segments = template.Split('/');
        _literals = segments.Select(s => IsParameter(s) ? null : s).ToArray();
        _parameterNames = segments.Select(s => IsParameter(s) ? s[1..^1] : "").ToArray();
    }

    public string Template { get; }

    public int SegmentCount => _literals.Length;

    /// <summary>Path parameter values by name when <paramref name="segments"/> fit this template.</summary>
    public Dictionary<string, string>? Match(string[] segments)
    {
        if (segments.Length != _literals.Length) return null;
        Dictionary<string, string>? values = null;
        for (var i = 0; i < segments.Length; i++)
        {
            if (_literals[i] is { } literal)
            {
                if (!string.Equals(literal, segments[i], StringComparison.Ordinal)) return null;
            }
            else
            {
                if (segments[i].Length == 0) return null;
                (values ??= new Dictionary<string, string>(StringComparer.Ordinal))[_parameterNames[i]] = segments[i];
            }
        }
        return values ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>More specific first: at the first differing segment kind, a literal beats a parameter.</summary>
    public int CompareTo(PathTemplate? other)
    {
        if (other is null) return -1;
        for (var i = 0; i < Math.Min(_literals.Length, other._literals.Length); i++)
        {
            var mine = _literals[i] is not null;
            var theirs = other._literals[i] is not null;
            if (mine != theirs) return mine ? -1 : 1;
        }
        return string.CompareOrdinal(Template, other.Template);
    }

    private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';
}
