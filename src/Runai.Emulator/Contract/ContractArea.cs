namespace Runai.Emulator.Contract;

/// <summary>Strict mode (<c>--contract</c>): validates every /api request against the Run:ai OpenAPI contract.</summary>
public static class ContractArea
{
    public static IServiceCollection AddContractArea(this IServiceCollection services, EmulatorOptions options) => services;

    public static WebApplication UseContractArea(this WebApplication app) => app;
}
