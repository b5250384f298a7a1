namespace Runai.Tests.Unit.Emulator.Workloads;

/// <summary>A fact that needs the contract beside the repo (../shared/runai-api/openapi.json); skipped with a message when absent.</summary>
public sealed class ContractFactAttribute : FactAttribute
{
    public ContractFactAttribute()
    {
        if (ContractShape.ContractPath is null)
            Skip = "The Run:ai contract ../shared/runai-api/openapi.json (relative to the repo root) is absent.";
    }
}
