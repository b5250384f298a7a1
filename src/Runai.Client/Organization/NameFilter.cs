using System.Linq;

namespace Runai.Client.Organization;

/// <summary>
/// Turns a PowerShell-style wildcard name into the contract's filterBy, where one operator expresses it exactly
/// (name, name*, *name, *name*). Other patterns return null and are filtered by the caller.
/// </summary>
public static class NameFilter
{
    private static readonly char[] Wildcards = { '*', '?', '[', ']', '`' };

    public static string? For(string pattern, string field = "name")
    {
        if (pattern.Length == 0) return null;
        var core = pattern.Trim('*');
        if (core.Length == 0 || core.IndexOfAny(Wildcards) >= 0 || core.Contains(',')) return null;
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
