using System.Collections.Generic;
using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>
/// Applies -Skip/-First (SupportsPaging) across one or more streamed queries: the first query may skip on the server,
/// the rest is counted here; enumeration stops as soon as -First objects were written.
/// </summary>
internal sealed class PagingWriter
{
    private readonly PagingParameters paging;
    private ulong toSkip;
    private ulong written;

    public PagingWriter(PagingParameters paging)
    {
        this.paging = paging;
        toSkip = paging.Skip;
    }

    public bool Done => written >= paging.First;

    /// <summary>How many items the next query may skip on the server (the rest is then counted here).</summary>
    public int TakeServerSkip()
    {
        var skip = toSkip > int.MaxValue ? int.MaxValue : (int)toSkip;
        toSkip -= (ulong)skip;
        return skip;
    }

    /// <summary>Writes what -Skip/-First let through; returns false once -First is reached.</summary>
    public bool Write<T>(Cmdlet cmdlet, IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            if (Done) return false;
            if (toSkip > 0)
            {
                toSkip--;
                continue;
            }
            cmdlet.WriteObject(item);
            written++;
            if (Done) return false;
        }
        return !Done;
    }
}
