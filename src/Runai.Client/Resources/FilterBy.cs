using System.Linq;

namespace Runai.Client.Resources;

/// <summary>
/// Terms of the contract's <c>filterBy</c> (<c>field operator value</c>). The contract joins terms with commas and has
/// no escape, so a value that holds a comma, a line break, or starts with an operator character would split or change
/// the filter: such values are refused, never sent.
/// </summary>
public static class FilterBy
{
    private static readonly char[] Wildcards = { '*', '?', '[', ']', '`' };
    private static readonly char[] OperatorStart = { '=', '!', '<', '>', '@', '^', '$' };

    /// <summary>Why <paramref name="value"/> cannot be sent in a filter, or null when it can.</summary>
    public static string? Problem(string? value)
    {
        if (value is null || value.Length == 0) return "An empty value cannot be used in a filter.";
        if (value.Contains(',')) return $"'{value}' cannot be used in a filter: it contains a comma, which separates filters.";
        if (value.Any(char.IsControl)) return $"'{value}' cannot be used in a filter: it contains a line break or control character.";
        if (value.IndexOfAny(OperatorStart) == 0) return $"'{value}' cannot be used in a filter: it starts with an operator character.";
        return null;
    }

    /// <summary>The term <c>field op value</c>, or a <see cref="RunaiInvalidValueException"/> for a value that cannot be sent.</summary>
    public static string Term(string field, string op, string value) =>
        Problem(value) is { } problem ? throw new RunaiInvalidValueException(InvalidValueKind.Value, value, problem) : field + op + value;

    public static string Equal(string field, string value) => Term(field, "==", value);

    /// <summary>
    /// The term that expresses a PowerShell wildcard exactly (name, name*, *name, *name*), or null when no single term
    /// can (the caller then matches locally).
    /// </summary>
    public static string? ForPattern(string pattern, string field = "name")
    {
        if (pattern.Length == 0) return null;
        var core = pattern.Trim('*');
        if (core.Length == 0 || core.IndexOfAny(Wildcards) >= 0 || Problem(core) is not null) return null;
        var leading = pattern.StartsWith("*");
        var trailing = pattern.EndsWith("*");
        if (pattern.Count(c => c == '*') > (leading ? 1 : 0) + (trailing ? 1 : 0)) return null;
        var op = (leading, trailing) switch
        {
            (false, false) => "==",
            (false, true) => "=^",
            (true, false) => "=$",
            _ => "=@",
        };
        return field + op + core;
    }
}
