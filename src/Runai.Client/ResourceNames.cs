using System.Text.RegularExpressions;

namespace Runai.Client;

/// <summary>
/// Names of Run:ai resources (projects, departments, node pools, workloads): lower-case DNS labels (letters, digits and '-', starting with a
/// letter, ending with a letter or digit), at most 63 characters. The contract gives no limit; this is the Kubernetes
/// label limit the control plane applies, checked here so a bad name fails before any request.
/// </summary>
public static class ResourceNames
{
    public const int MaxLength = 63;

    // \z, not $: $ also matches before a final line break, and "team-a\n" would pass.
    private static readonly Regex DnsLabel = new(@"^[a-z]([-a-z0-9]*[a-z0-9])?\z", RegexOptions.CultureInvariant);

    /// <summary>Why <paramref name="name"/> is not a valid name, or null when it is.</summary>
    public static string? Problem(string? name, string kind)
    {
        if (string.IsNullOrEmpty(name)) return $"The {kind} name is empty.";
        if (name!.Length > MaxLength) return $"The {kind} name '{name}' is {name.Length} characters long; at most {MaxLength} are allowed.";
        if (!DnsLabel.IsMatch(name))
            return $"The {kind} name '{name}' is not valid: use lower-case letters, digits and '-', start with a letter and end with a letter or digit.";
        return null;
    }

    /// <summary>Throws <see cref="RunaiInvalidValueException"/> when <paramref name="name"/> is not a valid name.</summary>
    public static void Check(string? name, string kind)
    {
        if (Problem(name, kind) is { } problem) throw new RunaiInvalidValueException(InvalidValueKind.Name, name, problem);
    }
}
