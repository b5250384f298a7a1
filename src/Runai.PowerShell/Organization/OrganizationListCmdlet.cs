using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;

namespace Runai.PowerShell;

/// <summary>
/// What Get-RunaiNode, -NodePool, -Department and -Project share: for each -Name pattern, stream the matches page by
/// page (server-side filterBy where the contract can express it), honour -First/-Skip/-IncludeTotalCount, and report
/// a literal name that matches nothing as ObjectNotFound.
/// </summary>
public abstract class OrganizationListCmdlet : RunaiCmdlet
{
    /// <summary>
    /// Writes the matches of every query. <paramref name="count"/> (for -IncludeTotalCount) and <paramref name="decorate"/>
    /// (display-only fields such as cluster names) are optional.
    /// </summary>
    internal void WriteMatches<T>(IEnumerable<OrgUnitQuery> queries, string noun,
        Func<List<string>, int, IAsyncEnumerable<T>> list, Func<T, string> nameOf,
        Func<List<string>, CancellationToken, Task<long>>? count = null, Func<T, CancellationToken, Task>? decorate = null)
    {
        var paging = new PagingWriter(PagingParameters);
        foreach (var query in queries)
        {
            if (count is not null && PagingParameters.IncludeTotalCount && query.ExactOnServer
                && TryRun(ct => count(query.FilterBy, ct), query.Pattern, out var total))
            {
                WriteObject(PagingParameters.NewTotalCount((ulong)total, 1.0));
            }
            var found = 0;
            var skip = query.ExactOnServer ? paging.TakeServerSkip() : 0;
            var more = true;
            try
            {
                foreach (var item in Stream(list(query.FilterBy, skip)))
                {
                    if (!query.Matches(nameOf(item))) continue;
                    found++;
                    if (decorate is not null) Run(ct => decorate(item, ct));
                    if (!(more = paging.Write(this, new[] { item }))) break;
                }
            }
            catch (RunaiException e)
            {
                WriteRunaiError(e, query.Pattern);
                continue;
            }
            if (found == 0 && skip == 0 && query.IsLiteral)
            {
                WriteInputError($"No {noun} named '{query.Pattern}' was found.", ErrorIds.ResourceNotFound, ErrorCategory.ObjectNotFound, query.Pattern);
            }
            if (!more) return;
        }
    }
}
