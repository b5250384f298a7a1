using System;

namespace Runai.Client.Json;

/// <summary>
/// Names the schema of the Run:ai contract that a hand-written model mirrors, so the contract-drift test can check that
/// every JSON property the model reads or writes exists there with a compatible type. <see cref="Name"/> is a component
/// schema (<c>Nodepool</c>) or a path into one for a schema the contract writes inline (<c>Resources.nodePool</c>; an
/// array is entered through its items). A model that reads several schemas names each; each property must exist in at least one of them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ContractSchemaAttribute : Attribute
{
    public ContractSchemaAttribute(string name) => Name = name;

    public string Name { get; }
}
