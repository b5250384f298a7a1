using System.Text.RegularExpressions;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>Run:ai names of projects, departments and node pools are lower-case DNS labels.</summary>
public static partial class OrgUnitNames
{
    public const int MaxLength = 63;

    public static string Require(string? name, string kind)
    {
        if (string.IsNullOrEmpty(name))
            throw ApiProblem.BadRequest($"The {kind} name is required.");
        if (name.Length > MaxLength || !DnsLabel().IsMatch(name))
            throw ApiProblem.BadRequest(
                $"Invalid {kind} name '{name}': use lower-case letters, digits and '-', start with a letter, end with a letter or digit, at most {MaxLength} characters.");
        return name;
    }

    [GeneratedRegex("^[a-z]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
