using Runai.Emulator.Assets;
using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Workloads;

namespace Runai.Emulator.Templates;

/// <summary>One store per workload kind's templates, drawing UUID-form ids from one sequence so an id names one template across kinds.</summary>
public sealed class TemplateStores : IResettable
{
    private readonly IdSequence _ids = new();

    public TemplateStores() =>
        ByKind = WorkloadKinds.All.ToDictionary(k => k,
            k => new CollectionStore<TemplateRecord>($"{k} template", s => s.Replace(":", " ", StringComparison.Ordinal), sharedIds: _ids));

    public IReadOnlyDictionary<WorkloadKind, CollectionStore<TemplateRecord>> ByKind { get; }

    public IEnumerable<TemplateRecord> All() => WorkloadKinds.All.SelectMany(k => ByKind[k].All());

    /// <summary>The template of any kind with that id, or null.</summary>
    public TemplateRecord? Find(string id) => ByKind.Values.Select(s => s.Find(id)).FirstOrDefault(r => r is not null);

    public static string Uuid(string sequenceNumber) => AssetStores.Uuid(sequenceNumber);

    public void Reset()
    {
        _ids.Restart();
        foreach (var store in ByKind.Values) store.Reset();
    }
}
