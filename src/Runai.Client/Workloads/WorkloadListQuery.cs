using System.Collections.Generic;

namespace Runai.Client.Workloads;

/// <summary>The server-side part of a workloads query: filterBy terms (ANDed by the control plane), deleted, sort.</summary>
public sealed class WorkloadListQuery
{
    public List<string> Filters { get; } = new();

    /// <summary>Only deleted workloads (the contract's <c>deleted=true</c>).</summary>
    public bool Deleted { get; set; }

    public string? SortBy { get; set; }

    /// <summary>Adds <c>field==value</c>, <c>field=^value</c> and so on (see the contract's WorkloadsFilter).</summary>
    public WorkloadListQuery Where(string field, string op, string value)
    {
        Filters.Add(field + op + value);
        return this;
    }

    internal QueryString ToQueryString() =>
        new QueryString().Add("filterBy", Filters).Add("deleted", Deleted ? true : null).Add("sortBy", SortBy);
}
