using System.Text.Json.Nodes;

namespace Runai.Client.Assets;

/// <summary>
/// What the shared asset cmdlets need of any asset-like item (an <see cref="Asset"/> or a <see cref="WorkloadTemplate"/>):
/// identity, the module's kind name, where it lives, and its spec.
/// </summary>
public interface IAsset
{
    string Id { get; }
    string Name { get; }
    string? Description { get; }

    /// <summary>The module's name of the kind, which -Kind takes (<c>Pvc</c>, <c>Training</c>…).</summary>
    string Kind { get; }

    /// <summary><c>tenant</c>, <c>cluster</c>, <c>department</c> or <c>project</c>.</summary>
    string Scope { get; }

    /// <summary>The id of the project, department or cluster the item belongs to (none for the tenant).</summary>
    string? ScopeId { get; }

    /// <summary>
    /// The spec as the API has it, for code that reads or changes it. A method, not a property, so that PowerShell
    /// never shows or serialises a JsonObject's internals: the models' Spec property has the plain values.
    /// </summary>
    JsonObject? GetSpecJson();
}
