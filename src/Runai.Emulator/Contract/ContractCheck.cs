namespace Runai.Emulator.Contract;

/// <summary>The outcome of checking one request against the contract.</summary>
internal sealed record ContractCheck(int Status, string? OperationId, IReadOnlyList<string> Violations, string? Allow = null)
{
    public const string Prefix = "Request violates the Run:ai contract: ";
    private const int ShownViolations = 3;

    public bool IsValid => Status == StatusCodes.Status200OK;

    public string Message
    {
        get
        {
            var shown = string.Join("; ", Violations.Take(ShownViolations));
            var more = Violations.Count > ShownViolations ? $" (and {Violations.Count - ShownViolations} more)" : "";
            return OperationId is null ? Prefix + shown + more : $"{Prefix}{OperationId}: {shown}{more}";
        }
    }
}
