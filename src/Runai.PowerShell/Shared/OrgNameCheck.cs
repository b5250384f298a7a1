using System.Management.Automation;
using Runai.Client;

namespace Runai.PowerShell;

/// <summary>The name check every New-* organization cmdlet runs before sending anything.</summary>
internal static class OrgNameCheck
{
    /// <summary>An InvalidName error for a bad name (the name as TargetObject), or null when the name is valid.</summary>
    public static ErrorRecord? Check(string name, string kind) =>
        ResourceNames.Problem(name, kind) is { } problem
            ? ErrorRecordFactory.Create(problem, ErrorIds.InvalidName, ErrorCategory.InvalidArgument, name,
                "Use a lower-case DNS label: letters, digits and '-', starting with a letter, at most 63 characters.")
            : null;
}
