namespace Runai.Emulator.Collections;

/// <summary>A record a <see cref="CollectionStore{TRecord}"/> keeps: its id, and a name unique within its scope.</summary>
public interface ICollectionRecord
{
    string Id { get; }
    string Name { get; }

    /// <summary>Where the name must be unique, e.g. the cluster id of a node pool or a project.</summary>
    string Scope { get; }
}
