using System.Collections.Generic;

namespace Runai.Client.Resources;

/// <summary>The server-side part of a list: filterBy terms (ANDed by the control plane), sort, and operation-specific parameters.</summary>
public sealed class ResourceQuery
{
    private readonly List<KeyValuePair<string, string>> parameters = new();

    public List<string> Filters { get; } = new();
    public string? SortBy { get; set; }
    public bool Descending { get; set; }

    /// <summary>Adds the term <c>field op value</c>; a value that cannot be sent safely is refused (see <see cref="FilterBy"/>).</summary>
    public ResourceQuery Where(string field, string op, string value)
    {
        Filters.Add(FilterBy.Term(field, op, value));
        return this;
    }

    /// <summary>Adds a term already built (e.g. by <see cref="FilterBy.ForPattern"/>).</summary>
    public ResourceQuery Where(string? term)
    {
        if (term is not null) Filters.Add(term);
        return this;
    }

    /// <summary>A parameter of this operation beyond filtering and paging (e.g. <c>deleted=true</c>).</summary>
    public ResourceQuery With(string name, string value)
    {
        parameters.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    /// <summary>The operation-specific parameters (see <see cref="With"/>), in the order they were added.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => parameters;

    /// <summary>Whether the query sets the operation-specific parameter <paramref name="name"/> (see <see cref="With"/>).</summary>
    public bool Has(string name) => parameters.Exists(p => p.Key == name);

    /// <summary>A copy with each of <paramref name="fixedParameters"/> the query does not set itself added.</summary>
    public ResourceQuery WithFixed(IReadOnlyList<KeyValuePair<string, string>> fixedParameters)
    {
        if (fixedParameters.Count == 0) return this;
        var copy = Clone();
        foreach (var p in fixedParameters)
        {
            if (!Has(p.Key)) copy.parameters.Add(p);
        }
        return copy;
    }

    public ResourceQuery Clone()
    {
        var copy = new ResourceQuery { SortBy = SortBy, Descending = Descending };
        copy.Filters.AddRange(Filters);
        copy.parameters.AddRange(parameters);
        return copy;
    }

    internal QueryString ToQueryString()
    {
        var query = new QueryString().Add("filterBy", Filters).Add("sortBy", SortBy);
        if (SortBy is not null && Descending) query.Add("sortOrder", "desc");
        foreach (var p in parameters) query.Add(p.Key, p.Value);
        return query;
    }
}
