using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Collections;

/// <summary>
/// The records of one collection, in memory and thread-safe: ids from an <see cref="IdSequence"/>, 404 for an unknown
/// id, 409 for a name already used in the record's scope, and a seed that <c>POST /admin/reset</c> restores.
/// </summary>
public sealed class CollectionStore<TRecord> : IResettable where TRecord : class, ICollectionRecord
{
    private readonly List<TRecord> _records = [];
    private readonly Func<string, string> _describeScope;
    private readonly Func<Func<string>, IEnumerable<TRecord>>? _seed;
    private readonly bool _ownsIds;

    /// <param name="noun">The record kind as messages name it, e.g. "Node pool".</param>
    /// <param name="describeScope">A scope as messages name it, e.g. "cluster 'cluster-1'".</param>
    /// <param name="seed">The records a reset restores, given the id source.</param>
    /// <param name="sharedIds">Another store's sequence; that store restarts it on reset, so reset it first.</param>
    public CollectionStore(string noun, Func<string, string> describeScope, Func<Func<string>, IEnumerable<TRecord>>? seed = null, IdSequence? sharedIds = null)
    {
        Noun = noun;
        _describeScope = describeScope;
        _seed = seed;
        _ownsIds = sharedIds is null;
        Ids = sharedIds ?? new IdSequence();
        Reset();
    }

    public string Noun { get; }
    public IdSequence Ids { get; }

    /// <summary>Held while a record is added, changed or removed; rules that read other records of the same sequence may take it too.</summary>
    public Lock Lock => Ids.Lock;

    public void Reset()
    {
        lock (Lock)
        {
            _records.Clear();
            if (_ownsIds) Ids.Restart();
            if (_seed is not null) _records.AddRange(_seed(Ids.Take).ToList());
        }
    }

    public List<TRecord> All()
    {
        lock (Lock) return [.. _records];
    }

    public List<TRecord> InScope(string scope)
    {
        lock (Lock) return _records.Where(r => r.Scope == scope).ToList();
    }

    public List<TRecord> Where(Func<TRecord, bool> predicate)
    {
        lock (Lock) return _records.Where(predicate).ToList();
    }

    /// <summary>Whether a record named <paramref name="name"/> exists in <paramref name="scope"/> (what <see cref="Add"/> refuses as a conflict).</summary>
    public bool IsNameTaken(string scope, string name)
    {
        lock (Lock) return HasName(scope, name);
    }

    private bool HasName(string scope, string name) => _records.Any(r => r.Scope == scope && r.Name == name);

    /// <summary>A scope as messages name it, e.g. "cluster 'cluster-1'".</summary>
    public string DescribeScope(string scope) => _describeScope(scope);

    public TRecord? Find(string id)
    {
        lock (Lock) return _records.FirstOrDefault(r => r.Id == id);
    }

    public TRecord Get(string id) => Find(id) ?? throw ApiProblem.NotFound($"{Noun} '{id}' was not found.");

    /// <summary>Adds what <paramref name="create"/> builds with the next id; its rules may refuse, and then no id is used.</summary>
    public TRecord Add(Func<string, TRecord> create)
    {
        lock (Lock)
        {
            var record = create(Ids.Peek());
            if (HasName(record.Scope, record.Name))
                throw ApiProblem.Conflict($"{Noun} '{record.Name}' already exists in {_describeScope(record.Scope)}.");
            Ids.Take();
            _records.Add(record);
            return record;
        }
    }

    /// <summary>Applies <paramref name="change"/> (which may refuse) to the record with that id.</summary>
    public TRecord Change(string id, Action<TRecord> change)
    {
        lock (Lock)
        {
            var record = Get(id);
            change(record);
            return record;
        }
    }

    /// <summary>Removes the record with that id unless <paramref name="refuse"/> throws.</summary>
    public void Remove(string id, Action<TRecord> refuse)
    {
        lock (Lock)
        {
            var record = Get(id);
            refuse(record);
            _records.Remove(record);
        }
    }
}
