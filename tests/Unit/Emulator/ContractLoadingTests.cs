using Microsoft.AspNetCore.Http;
using Runai.Emulator.Contract;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

public sealed class ContractLoadingTests
{
    private static readonly Lazy<OpenApiContract> RealContract = new(() => OpenApiContract.Load(ContractLocator.Find()!));

    [ContractFact]
    public void The_real_contract_loads_every_operation()
    {
        // The README of shared/runai-api states 391 operations; a loader that drops some would let requests through as 404s.
        Assert.Equal(391, RealContract.Value.OperationCount);
    }

    [ContractFact]
    public void Every_operation_checks_a_request_without_failing_to_resolve_its_schemas()
    {
        var unresolved = new List<string>();
        foreach (var operation in RealContract.Value.Operations)
        {
            try
            {
                // An empty object touches every body schema's root and required list; parameters are checked as absent.
                RealContract.Value.Check(operation.Method, SamplePath(operation.Template), QueryCollection.Empty, "application/json", "{}");
            }
            catch (Exception ex)
            {
                unresolved.Add($"{operation.OperationId}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.Empty(unresolved);
    }

    [Fact]
    public void A_missing_contract_file_fails_loudly()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-contract-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<FileNotFoundException>(() => OpenApiContract.Load(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_openapi_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-contract-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"hello":"world"}""");
        try
        {
            Assert.Throws<InvalidDataException>(() => OpenApiContract.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static string SamplePath(string template) =>
        string.Join('/', template.Split('/').Select(s => s.StartsWith('{') ? "1" : s));
}
