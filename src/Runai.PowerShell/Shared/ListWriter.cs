using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Resources;

namespace Runai.PowerShell;

/// <summary>
/// The one way a Get- cmdlet writes a list: the plan's requests streamed page by page (each page handed to the
/// pipeline whole, the next already requested), -Skip/-First/-IncludeTotalCount honoured (on the server where the
/// plan allows), duplicates across patterns written once, and literal names that matched nothing reported as
/// ObjectNotFound with the name as TargetObject.
/// </summary>
internal static class ListWriter
{
    /// <summary>The body of a Get- cmdlet: the items with the given ids (each checked, each miss one error), else the listing by names.</summary>
    public static void WriteByIdOrName<T>(RunaiCmdlet cmdlet, ResourceClient<T> client, string[]? ids, string[]? names, ResourceQuery? query = null)
        where T : class
    {
        if (ids is not null)
        {
            foreach (var item in TargetResolver.Resolve(cmdlet, client, ids, null)) cmdlet.WriteObject(item);
            return;
        }
        Write(cmdlet, client, names, query);
    }

    /// <param name="cmdlet">The cmdlet writing (SupportsPaging gives it -Skip/-First/-IncludeTotalCount).</param>
    /// <param name="client">The collection listed.</param>
    /// <param name="names">-Name patterns (null: everything).</param>
    /// <param name="query">Filters applied on the server to every request.</param>
    /// <param name="localFilter">A condition the server cannot apply (then -Skip and counts are done here).</param>
    /// <param name="preparePage">Runs on each page before it is written (display names), off the pipeline thread.</param>
    /// <param name="scope">Words added to the not-found message ("in project 'a'").</param>
    public static void Write<T>(RunaiCmdlet cmdlet, ResourceClient<T> client, string[]? names, ResourceQuery? query = null,
        Func<T, bool>? localFilter = null, Func<IReadOnlyList<T>, CancellationToken, Task>? preparePage = null, string? scope = null)
        where T : class
    {
        var plan = ListPlan<T>.ForNames(client.Resource, names, query, localFilter);
        var paging = cmdlet.PagingParameters;
        var toSkip = paging?.Skip ?? 0;
        var first = paging?.First ?? ulong.MaxValue;
        ulong written = 0;
        var resource = plan.Resource;
        var exact = plan.Requests.All(r => r.ExactOnServer);

        if (paging is not null && paging.IncludeTotalCount && exact && client.Resource.Operations.Count is not null)
        {
            long total = 0;
            var known = true;
            foreach (var request in plan.Requests)
            {
                if (cmdlet.TryRun(ct => client.CountAsync(request.Query, ct), plan.LiteralNames.FirstOrDefault(), out var n)) total += n;
                else known = false;
            }
            // Several wildcard patterns may overlap, so their sum is only an estimate.
            var accuracy = plan.Requests.Count == 1 || plan.LiteralNames.Count == plan.Requests.Count ? 1.0 : 0.5;
            if (known) cmdlet.WriteObject(paging.NewTotalCount((ulong)total, accuracy));
        }

        var seen = plan.Requests.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
        // Names are collected only when a literal name must be reported as missing (not per object of a plain listing).
        var found = plan.LiteralNames.Count > 0 ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : null;
        foreach (var request in plan.Requests)
        {
            if (written >= first) break;
            var serverSkip = request.ExactOnServer && seen is null ? (int)Math.Min(toSkip, int.MaxValue) : 0;
            toSkip -= (ulong)serverSkip;
            try
            {
                // Where the server's answer is exactly what is written, ask for no more than -First needs.
                int? take = request.ExactOnServer && first != ulong.MaxValue ? (int)Math.Min(first - written + toSkip, int.MaxValue) : null;
                foreach (var page in cmdlet.StreamPages(client.ListPagesAsync(request.Query, serverSkip, take: take, cancellationToken: cmdlet.CancellationToken), preparePage))
                {
                    foreach (var item in page)
                    {
                        if (!request.Keep(item)) continue;
                        if (seen is not null && !seen.Add(resource.IdOf(item))) continue;
                        found?.Add(resource.NameOf(item));
                        if (toSkip > 0)
                        {
                            toSkip--;
                            continue;
                        }
                        cmdlet.WriteObject(item);
                        if (++written >= first) break;
                    }
                    if (written >= first) break;
                }
            }
            catch (RunaiException e)
            {
                cmdlet.WriteRunaiError(e, plan.LiteralNames.FirstOrDefault());
                return;
            }
        }

        if (written >= first || serverSkipped(paging)) return;
        foreach (var name in plan.LiteralNames)
        {
            if (found!.Contains(name)) continue;
            cmdlet.WriteInputError($"No {resource.Noun} named '{name}' was found{(scope is null ? "" : " " + scope)}.", ErrorIds.ResourceNotFound,
                ErrorCategory.ObjectNotFound, name);
        }

        // Items skipped on the server were never seen here, so their names cannot be reported as missing.
        static bool serverSkipped(PagingParameters? p) => p is { Skip: > 0 };
    }
}
