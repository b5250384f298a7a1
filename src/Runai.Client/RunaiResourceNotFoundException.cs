namespace Runai.Client;

/// <summary>A name or id given by the user matches no resource (e.g. an unknown cluster, department or node pool).</summary>
public sealed class RunaiResourceNotFoundException : RunaiException
{
    public RunaiResourceNotFoundException(string resourceKind, string nameOrId, string? hint = null)
        : base($"No {resourceKind} named or with id '{nameOrId}' was found." + (hint is null ? "" : " " + hint))
    {
        ResourceKind = resourceKind;
        NameOrId = nameOrId;
    }

    public string ResourceKind { get; }
    public string NameOrId { get; }
}
