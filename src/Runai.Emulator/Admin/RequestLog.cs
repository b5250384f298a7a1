using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Admin;

/// <summary>
/// The /api requests seen since start, the last reset or the last <c>DELETE /admin/requests</c>; and, kept for the
/// whole run (resets do not clear it), every request strict mode rejected, so a test run can list them at the end.
/// </summary>
public sealed class RequestLog : IResettable
{
    // Bounded so a long demo or benchmark run cannot grow memory without limit.
    public const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly Queue<RequestLogEntry> _entries = new();
    private readonly Queue<RequestLogEntry> _violations = new();

    public void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            if (_entries.Count == Capacity) _entries.Dequeue();
            _entries.Enqueue(entry);
            if (entry.Violation is null) return;
            if (_violations.Count == Capacity) _violations.Dequeue();
            _violations.Enqueue(entry);
        }
    }

    /// <summary>Every request rejected as a contract violation since the emulator started.</summary>
    public IReadOnlyList<RequestLogEntry> Violations()
    {
        lock (_gate) return _violations.ToArray();
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
