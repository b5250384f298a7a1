namespace Runai.Emulator.Infrastructure;

/// <summary>
/// Facts one middleware learns about a request and the request log reports, passed through HttpContext.Items
/// so that the areas need not reference each other.
/// </summary>
public static class RequestNotes
{
    private const string ViolationKey = "Runai.Emulator.ContractViolation";

    /// <summary>Marks the request as rejected by strict mode, with the violation message.</summary>
    public static void SetViolation(HttpContext context, string violation) => context.Items[ViolationKey] = violation;

    public static string? Violation(HttpContext context) =>
        context.Items.TryGetValue(ViolationKey, out var value) ? value as string : null;
}
