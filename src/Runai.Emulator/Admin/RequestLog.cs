using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Admin;

/// <summary>The /api requests seen since start, the last reset or the last <c>DELETE /admin/requests</c>.</summary>
public sealed class RequestLog : IResettable
{
    // Bounded so a long demo or benchmark run cannot grow memory without limit.
    public const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly Queue<RequestLogEntry> _entries = new();

    public void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            if (_entries.Count == Capacity) _entries.Dequeue();
            _entries.Enqueue(entry);
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_gate) return _entries.ToArray();
    }

    public void Reset()
    {
        lock (_gate) _entries.Clear();
    }
}
