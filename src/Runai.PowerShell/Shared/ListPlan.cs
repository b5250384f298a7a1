using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>
/// How a Get- cmdlet's -Name patterns (and other filters) become list requests: one request per pattern where the
/// contract's filterBy expresses each exactly (so paging and counting happen on the server), else one request matched
/// here. Literal names that match nothing are reported as ObjectNotFound.
/// </summary>
internal sealed class ListPlan<T> where T : class
{
    private ListPlan(ResourceDescriptor<T> resource, List<ListRequest<T>> requests, IReadOnlyList<string> literalNames)
    {
        Resource = resource;
        Requests = requests;
        LiteralNames = literalNames;
    }

    public ResourceDescriptor<T> Resource { get; }
    public List<ListRequest<T>> Requests { get; }

    /// <summary>Names given without wildcards: each must match something, or it is reported.</summary>
    public IReadOnlyList<string> LiteralNames { get; }

    /// <summary>
    /// The plan for <paramref name="patterns"/> (null: everything) over <paramref name="baseQuery"/>;
    /// <paramref name="localFilter"/> is a condition the server cannot apply (then nothing is exact on the server).
    /// </summary>
    public static ListPlan<T> ForNames(ResourceDescriptor<T> resource, string[]? patterns, ResourceQuery? baseQuery = null,
        Func<T, bool>? localFilter = null)
    {
        var query = baseQuery ?? new ResourceQuery();
        var literals = (patterns ?? Array.Empty<string>()).Where(p => !WildcardPattern.ContainsWildcardCharacters(p)).Distinct().ToList();
        var requests = new List<ListRequest<T>>();
        var terms = resource.Filterable ? patterns?.Select(p => NameTerm(resource, p)).ToList() : null;
        if (patterns is null)
        {
            requests.Add(new ListRequest<T>(query, localFilter ?? (_ => true), exactOnServer: localFilter is null));
        }
        else if (terms is not null && terms.All(t => t is not null))
        {
            for (var i = 0; i < patterns.Length; i++)
            {
                var matcher = new WildcardPattern(patterns[i], WildcardOptions.IgnoreCase);
                requests.Add(new ListRequest<T>(query.Clone().Where(terms[i]),
                    item => matcher.IsMatch(resource.NameOf(item)) && (localFilter?.Invoke(item) ?? true), exactOnServer: localFilter is null));
            }
        }
        else
        {
            var matchers = patterns.Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).ToList();
            requests.Add(new ListRequest<T>(query,
                item => matchers.Any(m => m.IsMatch(resource.NameOf(item))) && (localFilter?.Invoke(item) ?? true), exactOnServer: false));
        }
        return new ListPlan<T>(resource, requests, literals);
    }

    // A pattern whose operator the contract does not allow on the name field is matched here instead.
    private static string? NameTerm(ResourceDescriptor<T> resource, string pattern)
    {
        if (resource.NameField is not { } field) return null;
        var term = FilterBy.ForPattern(pattern, field);
        if (term is null || resource.NameOperators is not { } allowed) return term;
        return allowed.Contains(term.Substring(field.Length, 2)) ? term : null;
    }
}

/// <summary>One list request of a <see cref="ListPlan{T}"/>: what to ask the server and what of its answer to keep.</summary>
internal sealed class ListRequest<T>
{
    public ListRequest(ResourceQuery query, Func<T, bool> keep, bool exactOnServer)
    {
        Query = query;
        Keep = keep;
        ExactOnServer = exactOnServer;
    }

    public ResourceQuery Query { get; }
    public Func<T, bool> Keep { get; }

    /// <summary>Whether the server's answer is exactly what is kept, so -Skip and counts may be left to the server.</summary>
    public bool ExactOnServer { get; }
}
