using System.Collections.Generic;
using System.Management.Automation;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>One list query for a -Name pattern: the server-side filterBy where the contract can express it, and the exact client-side match.</summary>
internal sealed class OrgUnitQuery
{
    private OrgUnitQuery(string? pattern, List<string> filterBy, bool exactOnServer)
    {
        Pattern = pattern;
        FilterBy = filterBy;
        ExactOnServer = exactOnServer;
        matcher = pattern is null ? null : new WildcardPattern(pattern, WildcardOptions.IgnoreCase);
    }

    private readonly WildcardPattern? matcher;

    public string? Pattern { get; }
    public List<string> FilterBy { get; }

    /// <summary>Whether the server's answer is exactly the matches (so paging may skip on the server).</summary>
    public bool ExactOnServer { get; }

    public bool IsLiteral => Pattern is not null && !WildcardPattern.ContainsWildcardCharacters(Pattern);

    public bool Matches(string name) => matcher is null || matcher.IsMatch(name);

    /// <summary>Queries for each pattern (or one unfiltered query), with the extra filters (cluster, department) added.</summary>
    public static List<OrgUnitQuery> For(string[]? patterns, params string?[] extraFilters)
    {
        var queries = new List<OrgUnitQuery>();
        foreach (var pattern in patterns ?? new string?[] { null })
        {
            var filter = new List<string>();
            foreach (var extra in extraFilters)
                if (extra is not null) filter.Add(extra);
            var nameFilter = pattern is null ? null : NameFilter.For(pattern);
            if (nameFilter is not null) filter.Add(nameFilter);
            queries.Add(new OrgUnitQuery(pattern, filter, pattern is null || nameFilter is not null));
        }
        return queries;
    }
}
