using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Admin;

/// <summary>The pending faults, consumed in registration order.</summary>
public sealed class FaultInjector : IResettable
{
    private readonly Lock _gate = new();
    private readonly List<Fault> _pending = [];
    private int _nextId;

    public Fault Add(Fault fault)
    {
        lock (_gate)
        {
            fault.Id = ++_nextId;
            _pending.Add(fault);
            return fault;
        }
    }

    /// <summary>Takes one hit of the first pending fault matching the request, if any.</summary>
    public Fault? TryTake(string method, string path)
    {
        lock (_gate)
        {
            var fault = _pending.Find(f => f.Matches(method, path));
            if (fault is null) return null;
            if (--fault.Count == 0) _pending.Remove(fault);
            return fault;
        }
    }

    public IReadOnlyList<Fault> Pending()
    {
        lock (_gate) return _pending.ToArray();
    }

    public void Reset()
    {
        lock (_gate) _pending.Clear();
    }
}
